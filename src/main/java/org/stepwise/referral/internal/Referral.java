package org.stepwise.referral.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.person.PersonId;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ReferralFacts;
import org.stepwise.programme.RuleOutcome;
import org.stepwise.programme.RuleResult;
import org.stepwise.referral.IllegalReferralChange;
import org.stepwise.referral.PersonChoice;
import org.stepwise.referral.ReferralAccepted;
import org.stepwise.referral.ReferralChannel;
import org.stepwise.referral.ReferralDeclined;
import org.stepwise.referral.ReferralDeferred;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralReceived;
import org.stepwise.referral.ReferralSource;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.referral.ReferralWithdrawn;

/**
 * A referral into a service. Every change of state is a method here that refuses a move the
 * lifecycle does not allow: received, under review, then accepted, declined (with a reason) or
 * deferred (with a review date); withdrawn by the person at any time while open.
 */
@Table("referral")
public class Referral extends AbstractAggregateRoot<Referral> {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  @Id private final UUID id;
  private final UUID organisationId;
  private final String reference;
  private final UUID personId;
  private final UUID programmeId;
  private final ReferralSource source;
  private final ReferralChannel channel;
  private final Set<Condition> conditions;
  private final String otherCondition;
  private final EmploymentStatus employmentStatus;
  private final Integer weeksOffWork;
  private final String employer;
  private final String gpPractice;
  private final String reason;
  private final boolean consentToContact;
  private ReferralStatus status;
  private final Instant receivedAt;
  private Instant statusChangedAt;
  private final String referredBy;
  private String declineReason;
  private LocalDate reviewDate;
  private String deferralReason;
  private String withdrawalReason;
  private PersonChoice personChoice;
  private Instant choiceRecordedAt;
  private UUID possibleDuplicateOf;

  @MappedCollection(idColumn = "referral_id", keyColumn = "position")
  private List<Transition> transitions;

  @MappedCollection(idColumn = "referral_id", keyColumn = "position")
  private List<RuleOverride> overrides;

  @MappedCollection(idColumn = "referral_id", keyColumn = "position")
  private List<Note> notes;

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
      UUID programmeId,
      ReferralSource source,
      ReferralChannel channel,
      Set<Condition> conditions,
      String otherCondition,
      EmploymentStatus employmentStatus,
      Integer weeksOffWork,
      String employer,
      String gpPractice,
      String reason,
      boolean consentToContact,
      ReferralStatus status,
      Instant receivedAt,
      Instant statusChangedAt,
      String referredBy,
      List<Transition> transitions,
      List<RuleOverride> overrides,
      List<Note> notes) {
    this.id = id;
    this.organisationId = organisationId;
    this.reference = reference;
    this.personId = personId;
    this.programmeId = programmeId;
    this.source = source;
    this.channel = channel;
    this.conditions = conditions;
    this.otherCondition = otherCondition;
    this.employmentStatus = employmentStatus;
    this.weeksOffWork = weeksOffWork;
    this.employer = employer;
    this.gpPractice = gpPractice;
    this.reason = reason;
    this.consentToContact = consentToContact;
    this.status = status;
    this.receivedAt = receivedAt;
    this.statusChangedAt = statusChangedAt;
    this.referredBy = referredBy;
    this.transitions = new ArrayList<>(transitions == null ? List.of() : transitions);
    this.overrides = new ArrayList<>(overrides == null ? List.of() : overrides);
    this.notes = new ArrayList<>(notes == null ? List.of() : notes);
  }

  /** What arrives with a new referral. */
  public record Intake(
      PersonId person,
      ProgrammeId programme,
      ReferralSource source,
      ReferralChannel channel,
      Set<Condition> conditions,
      String otherCondition,
      EmploymentStatus employmentStatus,
      Integer weeksOffWork,
      String employer,
      String gpPractice,
      String reason,
      boolean consentToContact,
      String referredBy) {}

  /** A new referral, received now; registers {@link ReferralReceived} for publication on save. */
  public static Referral receive(Intake intake, Instant now) {
    if (intake.person() == null || intake.programme() == null) {
      throw new IllegalArgumentException("A referral needs a person and a service");
    }
    if (intake.source() == null || intake.channel() == null || intake.employmentStatus() == null) {
      throw new IllegalArgumentException("Source, route and work situation are required");
    }
    if (intake.conditions() == null || intake.conditions().isEmpty()) {
      throw new IllegalArgumentException("At least one condition is required");
    }
    boolean other = intake.conditions().contains(Condition.OTHER);
    if (other && blank(intake.otherCondition())) {
      throw new IllegalArgumentException("Name the other condition");
    }
    if (blank(intake.reason())) {
      throw new IllegalArgumentException("A reason is required");
    }
    if (intake.weeksOffWork() != null && intake.weeksOffWork() < 0) {
      throw new IllegalArgumentException("Weeks off work cannot be negative");
    }
    var referral =
        new Referral(
            UUID.randomUUID(),
            null,
            newReference(),
            intake.person().id(),
            intake.programme().id(),
            intake.source(),
            intake.channel(),
            EnumSet.copyOf(intake.conditions()),
            other ? intake.otherCondition().trim() : null,
            intake.employmentStatus(),
            intake.weeksOffWork(),
            trimToNull(intake.employer()),
            trimToNull(intake.gpPractice()),
            intake.reason().trim(),
            intake.consentToContact(),
            ReferralStatus.RECEIVED,
            now,
            now,
            intake.referredBy(),
            List.of(),
            List.of(),
            List.of());
    referral.personChoice = PersonChoice.NOT_ASKED;
    referral.transitions.add(
        new Transition(
            null,
            ReferralStatus.RECEIVED,
            now,
            referral.actor(intake.referredBy()),
            intake.channel().label()));
    referral.registerEvent(
        new ReferralReceived(
            referral.referralId(),
            intake.person(),
            intake.programme(),
            referral.reference,
            intake.source(),
            intake.channel(),
            intake.referredBy(),
            now));
    return referral;
  }

  /** A practitioner or manager starts reviewing a new referral. */
  public void startReview(String by, Instant now) {
    require(status == ReferralStatus.RECEIVED, "referral.change.notReceived");
    move(ReferralStatus.UNDER_REVIEW, by, now, null);
  }

  /**
   * Accepts the referral. Every rule the referral does not meet needs a professional's reason:
   * strict criteria never block a referral silently, and never without a record.
   *
   * @param results how the referral fares against the service's rules now
   * @param reasons override reasons by rule position
   */
  public void accept(
      List<RuleResult> results, Map<Integer, String> reasons, String by, Instant now) {
    require(status == ReferralStatus.UNDER_REVIEW, "referral.change.reviewFirst.accept");
    var failed = results.stream().filter(r -> r.outcome() == RuleOutcome.NOT_MET).toList();
    reasons = reasons == null ? Map.of() : reasons;
    for (var rule : failed) {
      if (blank(reasons.get(rule.position()))) {
        throw new IllegalReferralChange("referral.change.overrideReason", rule.rule());
      }
    }
    for (var rule : failed) {
      String reason = reasons.get(rule.position()).trim();
      overrides.add(new RuleOverride(rule.rule(), rule.explanation(), reason, now, by));
    }
    move(
        ReferralStatus.ACCEPTED,
        by,
        now,
        failed.isEmpty() ? null : failed.size() + " rule(s) overridden");
    registerEvent(
        new ReferralAccepted(
            referralId(), personId(), programmeId(), failed.size(), referredBy, now));
  }

  /** Declines the referral, with a reason in plain words for the referrer. */
  public void decline(String reason, String by, Instant now) {
    require(status == ReferralStatus.UNDER_REVIEW, "referral.change.reviewFirst.decline");
    require(!blank(reason), "referral.change.reason.decline");
    this.declineReason = reason.trim();
    move(ReferralStatus.DECLINED, by, now, declineReason);
    registerEvent(new ReferralDeclined(referralId(), referredBy, now));
  }

  /** Puts the referral off until its review date ("not now"); it surfaces again on that date. */
  public void defer(LocalDate until, String why, String by, Instant now, LocalDate today) {
    require(
        status == ReferralStatus.RECEIVED
            || status == ReferralStatus.UNDER_REVIEW
            || status == ReferralStatus.ACCEPTED,
        "referral.change.notDeferrable");
    require(until != null && until.isAfter(today), "referral.change.reviewDate.future");
    require(!blank(why), "referral.change.reason.defer");
    this.reviewDate = until;
    this.deferralReason = why.trim();
    move(ReferralStatus.DEFERRED, by, now, deferralReason + " (review on " + until + ")");
    registerEvent(new ReferralDeferred(referralId(), until, referredBy, now));
  }

  /** Offers a deferred referral again, as it stands: nothing is typed twice. */
  public void reoffer(String by, Instant now) {
    require(status == ReferralStatus.DEFERRED, "referral.change.notDeferred");
    this.reviewDate = null;
    move(ReferralStatus.UNDER_REVIEW, by, now, "Offered again");
  }

  /** The person withdraws; no further contact. Allowed at any time while the referral is open. */
  public void withdraw(String why, String by, Instant now) {
    require(status.open(), "referral.change.closed");
    require(!blank(why), "referral.change.reason.withdraw");
    this.withdrawalReason = why.trim();
    move(ReferralStatus.WITHDRAWN, by, now, withdrawalReason);
    registerEvent(new ReferralWithdrawn(referralId(), referredBy, now));
  }

  /**
   * Records what the person said. Declining closes the referral with no further contact; asking to
   * be contacted later defers it until {@code contactAfter}.
   */
  public void recordChoice(
      PersonChoice choice, LocalDate contactAfter, String by, Instant now, LocalDate today) {
    require(status.open(), "referral.change.closed");
    require(choice != null && choice != PersonChoice.NOT_ASKED, "referral.change.choice");
    switch (choice) {
      case AGREED -> {}
      case DECLINED -> withdraw("The person chose not to take part", by, now);
      case ASK_LATER -> {
        if (status == ReferralStatus.DEFERRED) {
          require(
              contactAfter != null && contactAfter.isAfter(today),
              "referral.change.contactAfter.future");
          this.reviewDate = contactAfter;
          move(
              ReferralStatus.DEFERRED,
              by,
              now,
              "The person asked to be contacted later (review on " + contactAfter + ")");
          registerEvent(new ReferralDeferred(referralId(), contactAfter, referredBy, now));
        } else {
          defer(contactAfter, "The person asked to be contacted later", by, now, today);
        }
      }
      default -> throw new IllegalStateException();
    }
    this.personChoice = choice;
    this.choiceRecordedAt = now;
  }

  /**
   * Flags a new referral as possibly for the same person as another open referral, which the sender
   * may not see: the team checks and merges it.
   */
  public void flagPossibleDuplicateOf(ReferralId other) {
    this.possibleDuplicateOf = other == null ? null : other.id();
  }

  /** The open referral this one may duplicate, or null. */
  public ReferralId possibleDuplicateOf() {
    return possibleDuplicateOf == null ? null : new ReferralId(possibleDuplicateOf);
  }

  /**
   * The team has checked that this referral is for the same person as an open one: what it says is
   * added to that referral as a note, and this one is withdrawn.
   */
  public void mergeInto(Referral existing, String by, Instant now) {
    require(existing != this && existing.id != id, "referral.merge.same");
    require(existing.status.open(), "referral.merge.closed");
    String from = referredBy == null ? "the person themselves" : referredBy;
    existing.addNote(
        "Merged from referral "
            + reference
            + ", sent by "
            + from
            + " ("
            + source.label()
            + "). Reason given: "
            + reason,
        by,
        now);
    // The reason goes to the referrer (with consent): it names no other referral.
    withdraw("Merged with another referral for the same person", by, now);
    this.possibleDuplicateOf = null;
  }

  /** Adds information to the referral, for example from a repeat referral for the same person. */
  public void addNote(String text, String by, Instant now) {
    require(!blank(text), "referral.change.note.empty");
    notes.add(new Note(text.trim(), now, actor(by)));
  }

  /** Events registered and not yet published; {@link ReferralInserts} publishes and clears them. */
  java.util.Collection<Object> pendingEvents() {
    return domainEvents();
  }

  void eventsPublished() {
    clearDomainEvents();
  }

  /** What the service's eligibility rules look at. */
  public ReferralFacts facts(java.time.LocalDate dateOfBirth, LocalDate asOf) {
    return new ReferralFacts(dateOfBirth, employmentStatus, weeksOffWork, conditions, asOf);
  }

  private void move(ReferralStatus to, String by, Instant now, String note) {
    transitions.add(new Transition(status, to, now, actor(by), note));
    this.status = to;
    this.statusChangedAt = now;
  }

  private String actor(String by) {
    return by == null ? "public" : by;
  }

  private static void require(boolean condition, String messageKey) {
    if (!condition) {
      throw new IllegalReferralChange(messageKey);
    }
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

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String trimToNull(String text) {
    return blank(text) ? null : text.trim();
  }

  public boolean wasReferredBy(String username) {
    return referredBy != null && referredBy.equalsIgnoreCase(username);
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

  public ProgrammeId programmeId() {
    return programmeId == null ? null : new ProgrammeId(programmeId);
  }

  public ReferralSource source() {
    return source;
  }

  public ReferralChannel channel() {
    return channel;
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

  public Integer weeksOffWork() {
    return weeksOffWork;
  }

  public String employer() {
    return employer;
  }

  public String gpPractice() {
    return gpPractice;
  }

  public String reason() {
    return reason;
  }

  public boolean consentToContact() {
    return consentToContact;
  }

  public ReferralStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public String referredBy() {
    return referredBy;
  }

  public String declineReason() {
    return declineReason;
  }

  public LocalDate reviewDate() {
    return reviewDate;
  }

  public String deferralReason() {
    return deferralReason;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  public PersonChoice personChoice() {
    return personChoice == null ? PersonChoice.NOT_ASKED : personChoice;
  }

  public List<Transition> transitions() {
    return List.copyOf(transitions);
  }

  public List<RuleOverride> overrides() {
    return List.copyOf(overrides);
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }
}
