package org.stepwise.person.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.site.ChangeRefused;

/**
 * A break-glass grant: one member of staff may open one person's records until it expires, because
 * of the reason they gave. A manager marks it reviewed.
 */
@Table("break_glass")
public class Grant {

  /** Longest reason kept. */
  public static final int MAX_REASON = 1000;

  @Id private final UUID id;
  private final UUID personId;
  private final String username;
  private final String reason;
  private final String recordType;
  private final UUID recordId;
  private final UUID serviceId;
  private final Instant grantedAt;
  private final Instant expiresAt;
  private Instant reviewedAt;
  private String reviewedBy;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Grant(
      UUID id,
      UUID personId,
      String username,
      String reason,
      String recordType,
      UUID recordId,
      UUID serviceId,
      Instant grantedAt,
      Instant expiresAt) {
    this.id = id;
    this.personId = personId;
    this.username = username;
    this.reason = reason;
    this.recordType = recordType;
    this.recordId = recordId;
    this.serviceId = serviceId;
    this.grantedAt = grantedAt;
    this.expiresAt = expiresAt;
  }

  /**
   * @throws ChangeRefused when the reason is missing or too long
   */
  public static Grant give(
      UUID personId,
      String username,
      String reason,
      String recordType,
      UUID recordId,
      UUID serviceId,
      Instant now,
      java.time.Duration lasting) {
    if (reason == null || reason.isBlank()) {
      throw ChangeRefused.onField("reason", "breakGlass.reason.required");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw ChangeRefused.onField("reason", "breakGlass.reason.size", MAX_REASON);
    }
    return new Grant(
        UUID.randomUUID(),
        personId,
        username,
        reason.strip(),
        recordType,
        recordId,
        serviceId,
        now,
        now.plus(lasting));
  }

  /** Marks the grant reviewed; reviewing it again changes nothing. */
  public void review(String by, Instant at) {
    if (reviewedAt == null) {
      reviewedAt = at;
      reviewedBy = by;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public String username() {
    return username;
  }

  public String reason() {
    return reason;
  }

  public String recordType() {
    return recordType;
  }

  public UUID recordId() {
    return recordId;
  }

  public UUID serviceId() {
    return serviceId;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }
}
