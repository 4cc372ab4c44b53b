package org.stepwise.referral.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.person.PersonId;
import org.stepwise.referral.Condition;
import org.stepwise.referral.EmploymentStatus;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralReceived;
import org.stepwise.referral.ReferralSource;
import org.stepwise.referral.ReferralStatus;

/** A referral into the service. State changes are methods here that refuse illegal moves. */
@Table("referral")
public class Referral extends AbstractAggregateRoot<Referral> {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  @Id private final UUID id;
  private final UUID organisationId;
  private final String reference;
  private final UUID personId;
  private final ReferralSource source;
  private final Set<Condition> conditions;
  private final String otherCondition;
  private final EmploymentStatus employmentStatus;
  private final String reason;
  private ReferralStatus status;
  private final Instant receivedAt;
  private final String referredBy;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Referral(
      UUID id,
      UUID organisationId,
      String reference,
      UUID personId,
      ReferralSource source,
      Set<Condition> conditions,
      String otherCondition,
      EmploymentStatus employmentStatus,
      String reason,
      ReferralStatus status,
      Instant receivedAt,
      String referredBy) {
    this.id = id;
    this.organisationId = organisationId;
    this.reference = reference;
    this.personId = personId;
    this.source = source;
    this.conditions = conditions;
    this.otherCondition = otherCondition;
    this.employmentStatus = employmentStatus;
    this.reason = reason;
    this.status = status;
    this.receivedAt = receivedAt;
    this.referredBy = referredBy;
  }

  /** A new referral, received now; registers {@link ReferralReceived} for publication on save. */
  public static Referral receive(
      PersonId person,
      ReferralSource source,
      Set<Condition> conditions,
      String otherCondition,
      EmploymentStatus employmentStatus,
      String reason,
      String referredBy,
      Instant now) {
    if (source == null || employmentStatus == null) {
      throw new IllegalArgumentException("Source and employment status are required");
    }
    if (conditions == null || conditions.isEmpty()) {
      throw new IllegalArgumentException("At least one condition is required");
    }
    boolean other = conditions.contains(Condition.OTHER);
    if (other && (otherCondition == null || otherCondition.isBlank())) {
      throw new IllegalArgumentException("Name the other condition");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A reason is required");
    }
    var referral =
        new Referral(
            UUID.randomUUID(),
            null,
            newReference(),
            person.id(),
            source,
            EnumSet.copyOf(conditions),
            other ? otherCondition.trim() : null,
            employmentStatus,
            reason.trim(),
            ReferralStatus.RECEIVED,
            now,
            referredBy);
    referral.registerEvent(
        new ReferralReceived(
            referral.referralId(), person, referral.reference, source, referredBy, now));
    return referral;
  }

  /** A reference people can read out on the phone, e.g. {@code SW-7K3D-9QX2}. */
  static String newReference() {
    var text = new StringBuilder("SW-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        text.append('-');
      }
      text.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
    }
    return text.toString();
  }

  public boolean wasReferredBy(String username) {
    return referredBy.equalsIgnoreCase(username);
  }

  public ReferralId referralId() {
    return new ReferralId(id);
  }

  public String reference() {
    return reference;
  }

  public PersonId personId() {
    return new PersonId(personId);
  }

  public ReferralSource source() {
    return source;
  }

  public Set<Condition> conditions() {
    return Set.copyOf(conditions);
  }

  public String otherCondition() {
    return otherCondition;
  }

  public EmploymentStatus employmentStatus() {
    return employmentStatus;
  }

  public String reason() {
    return reason;
  }

  public ReferralStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String referredBy() {
    return referredBy;
  }
}
