package org.stepwise.consent.internal;

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
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.consent.ConsentGiven;
import org.stepwise.consent.ConsentId;
import org.stepwise.consent.ConsentMethod;
import org.stepwise.consent.ConsentState;
import org.stepwise.consent.ConsentView;
import org.stepwise.consent.ConsentWithdrawn;
import org.stepwise.consent.NewConsent;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.PersonId;
import org.stepwise.site.ChangeRefused;

/** One consent to share, from giving to expiry or withdrawal. Never deleted. */
@Table("consent")
public class Consent extends AbstractAggregateRoot<Consent> {

  @Id private final UUID id;
  private final UUID personId;
  private final RecipientType recipientType;
  private final String recipientName;
  private final Purpose purpose;
  private final LocalDate givenOn;
  private final ConsentMethod method;
  private final LocalDate expiresOn;
  private final String note;
  private LocalDate withdrawnOn;
  private String withdrawalReason;
  private String withdrawalRecordedBy;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Consent(
      UUID id,
      UUID personId,
      RecipientType recipientType,
      String recipientName,
      Purpose purpose,
      LocalDate givenOn,
      ConsentMethod method,
      LocalDate expiresOn,
      String note) {
    this.id = id;
    this.personId = personId;
    this.recipientType = recipientType;
    this.recipientName = recipientName;
    this.purpose = purpose;
    this.givenOn = givenOn;
    this.method = method;
    this.expiresOn = expiresOn;
    this.note = note;
  }

  /**
   * Records consent as given.
   *
   * @throws ChangeRefused when something required is missing, the recipient needs a name and has
   *     none, consent is dated in the future, or it expires before it was given
   */
  public static Consent give(PersonId person, NewConsent consent, LocalDate today) {
    if (person == null
        || consent.recipientType() == null
        || consent.purpose() == null
        || consent.method() == null
        || consent.givenOn() == null) {
      throw new ChangeRefused("consent.required");
    }
    String name = blankToNull(consent.recipientName());
    if (consent.recipientType().needsName() && name == null) {
      throw ChangeRefused.onField("recipientName", "consent.recipientName.required");
    }
    if (consent.givenOn().isAfter(today)) {
      throw ChangeRefused.onField("given", "consent.given.future");
    }
    if (consent.expiresOn() != null && consent.expiresOn().isBefore(consent.givenOn())) {
      throw ChangeRefused.onField("expires", "consent.expires.beforeGiven");
    }
    var given =
        new Consent(
            UUID.randomUUID(),
            person.id(),
            consent.recipientType(),
            name,
            consent.purpose(),
            consent.givenOn(),
            consent.method(),
            consent.expiresOn(),
            blankToNull(consent.note()));
    given.registerEvent(
        new ConsentGiven(given.consentId(), person, consent.recipientType(), consent.purpose()));
    return given;
  }

  /**
   * Withdraws the consent from the given day; nothing may be shared on it from then.
   *
   * @throws ChangeRefused when it was already withdrawn, or the day is in the future
   */
  public void withdraw(LocalDate on, String reason, String by, LocalDate today) {
    if (withdrawnOn != null) {
      throw new ChangeRefused("consent.withdraw.already");
    }
    if (on == null || on.isAfter(today)) {
      throw ChangeRefused.onField("on", "consent.withdraw.future");
    }
    this.withdrawnOn = on;
    this.withdrawalReason = blankToNull(reason);
    this.withdrawalRecordedBy = by;
    registerEvent(
        new ConsentWithdrawn(consentId(), new PersonId(personId), recipientType, purpose));
  }

  public ConsentState stateOn(LocalDate day) {
    if (withdrawnOn != null && !withdrawnOn.isAfter(day)) {
      return ConsentState.WITHDRAWN;
    }
    if (givenOn.isAfter(day)) {
      return ConsentState.NOT_YET;
    }
    if (expiresOn != null && expiresOn.isBefore(day)) {
      return ConsentState.EXPIRED;
    }
    return ConsentState.ACTIVE;
  }

  /** Whether this consent is about the given recipient and purpose (whatever its state). */
  public boolean covers(RecipientType type, String name, Purpose purpose) {
    if (this.recipientType != type || this.purpose != purpose) {
      return false;
    }
    return recipientName == null || (name != null && recipientName.equalsIgnoreCase(name.trim()));
  }

  /**
   * Whether the other records the same giving of consent as this one, and neither is withdrawn: the
   * same consent recorded twice (a second press of the button).
   */
  public boolean isTheSameGivingAs(Consent other) {
    return withdrawnOn == null
        && other.withdrawnOn == null
        && personId.equals(other.personId)
        && recipientType == other.recipientType
        && java.util.Objects.equals(recipientName, other.recipientName)
        && purpose == other.purpose
        && givenOn.equals(other.givenOn)
        && method == other.method
        && java.util.Objects.equals(expiresOn, other.expiresOn)
        && java.util.Objects.equals(note, other.note);
  }

  public PersonId personId() {
    return new PersonId(personId);
  }

  public ConsentId consentId() {
    return new ConsentId(id);
  }

  public ConsentView view(LocalDate today) {
    return new ConsentView(
        consentId(),
        new PersonId(personId),
        recipientType,
        recipientName,
        purpose,
        givenOn,
        method,
        expiresOn,
        note,
        createdBy,
        createdAt,
        withdrawnOn,
        withdrawalReason,
        withdrawalRecordedBy,
        stateOn(today));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
