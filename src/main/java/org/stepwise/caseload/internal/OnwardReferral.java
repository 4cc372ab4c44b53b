package org.stepwise.caseload.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.caseload.OnwardReferrals.Result;
import org.stepwise.site.ChangeRefused;

/** A referral a worker made from a case to another service, and what came of it. */
@Table("onward_referral")
public class OnwardReferral {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID careCaseId;
  private final UUID referralId;
  private final String service;
  private final String reason;
  private final LocalDate madeOn;
  private Result result;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  OnwardReferral(
      UUID id,
      UUID organisationId,
      UUID careCaseId,
      UUID referralId,
      String service,
      String reason,
      LocalDate madeOn,
      Result result) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.referralId = referralId;
    this.service = service;
    this.reason = reason;
    this.madeOn = madeOn;
    this.result = result;
  }

  /**
   * A referral just made, waiting to hear.
   *
   * @param madeOn the day it was made, or null for today
   * @throws ChangeRefused without the service, or for a day after today
   */
  public static OnwardReferral make(
      UUID caseId,
      UUID referralId,
      String service,
      String reason,
      LocalDate madeOn,
      LocalDate today) {
    if (service == null || service.isBlank()) {
      throw ChangeRefused.onField("service", "onward.service.required");
    }
    if (madeOn != null && madeOn.isAfter(today)) {
      throw ChangeRefused.onField("made", "onward.made.future");
    }
    return new OnwardReferral(
        UUID.randomUUID(),
        null,
        caseId,
        referralId,
        service.trim(),
        reason == null || reason.isBlank() ? null : reason.trim(),
        madeOn == null ? today : madeOn,
        Result.WAITING);
  }

  /** Records what came of it (it can change again: accepted, then seen). */
  public void record(Result what) {
    result = what;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return careCaseId;
  }

  public String service() {
    return service;
  }

  public String reason() {
    return reason;
  }

  public LocalDate madeOn() {
    return madeOn;
  }

  public Result result() {
    return result;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
