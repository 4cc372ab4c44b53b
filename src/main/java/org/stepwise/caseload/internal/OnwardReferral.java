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
import org.stepwise.caseload.OnwardReferralId;
import org.stepwise.caseload.OnwardReferrals.Result;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;

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
      Result result,
      Long version) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.referralId = referralId;
    this.service = service;
    this.reason = reason;
    this.madeOn = madeOn;
    this.result = result;
    this.version = version;
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
        Result.WAITING,
        null);
  }

  /**
   * Records what came of it (it can change again: accepted, then seen). The same result again (a
   * second click, or someone else recorded it first) changes nothing.
   *
   * @param expectedVersion the version the page showed
   * @return whether anything changed
   * @throws EditConflict when a different result was recorded after the page was read
   */
  public boolean record(Long expectedVersion, Result what) {
    if (what == result) {
      return false;
    }
    EditConflict.check(expectedVersion, version());
    result = what;
    return true;
  }

  /**
   * Whether this is the same referral as one about to be made: the same service (in any case) on
   * the same day. Making it again is a second click, not a new referral.
   */
  public boolean sameAs(String otherService, LocalDate otherDay) {
    return otherService != null
        && service.equalsIgnoreCase(otherService.strip())
        && madeOn.equals(otherDay);
  }

  public OnwardReferralId id() {
    return OnwardReferralId.of(id);
  }

  /** One more each time a result is recorded. */
  public long version() {
    return version == null ? 0 : version;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
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
