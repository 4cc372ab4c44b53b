package org.stepwise.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stepwise.person.PersonDetails;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.RuleResult;

/**
 * One referral with the whole record of the person it is for, its history, and how it fares against
 * its service's eligibility rules today.
 */
public record ReferralView(
    ReferralId id,
    String reference,
    PersonDetails person,
    ProgrammeId programmeId,
    String programmeName,
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
    String declineReason,
    LocalDate reviewDate,
    String deferralReason,
    String withdrawalReason,
    PersonChoice personChoice,
    List<RuleResult> eligibility,
    List<History> history,
    List<Override> overrides,
    List<Note> notes,
    PossibleDuplicate possibleDuplicate) {

  /**
   * An open referral this one may duplicate (the same person, sent by someone who could not see
   * it), for the team to check and merge; shown only to staff who may open both.
   */
  public record PossibleDuplicate(ReferralId id, String reference, ReferralStatus status) {}

  /** The same view, naming the possible duplicate. */
  public ReferralView withPossibleDuplicate(PossibleDuplicate duplicate) {
    return new ReferralView(
        id,
        reference,
        person,
        programmeId,
        programmeName,
        source,
        channel,
        conditions,
        otherCondition,
        employmentStatus,
        weeksOffWork,
        employer,
        gpPractice,
        reason,
        consentToContact,
        status,
        receivedAt,
        statusChangedAt,
        referredBy,
        declineReason,
        reviewDate,
        deferralReason,
        withdrawalReason,
        personChoice,
        eligibility,
        history,
        overrides,
        notes,
        duplicate);
  }

  /** One change of status. */
  public record History(
      ReferralStatus from, ReferralStatus to, Instant at, String by, String note) {}

  /** A professional's reason for accepting despite a rule not being met. */
  public record Override(String rule, String explanation, String reason, Instant at, String by) {}

  /** Information added after the referral arrived. */
  public record Note(String text, Instant at, String by) {}

  /**
   * What the referrer who made the referral may see: the reasons given for declining, deferring or
   * withdrawing it, and the notes of its history, only when the person agreed to feedback to them;
   * other people's notes and the service's rule overrides never.
   */
  public ReferralView forReferrer(boolean feedbackAgreed, String referrer) {
    return new ReferralView(
        id,
        reference,
        person,
        programmeId,
        programmeName,
        source,
        channel,
        conditions,
        otherCondition,
        employmentStatus,
        weeksOffWork,
        employer,
        gpPractice,
        reason,
        consentToContact,
        status,
        receivedAt,
        statusChangedAt,
        referredBy,
        feedbackAgreed ? declineReason : null,
        reviewDate,
        feedbackAgreed ? deferralReason : null,
        feedbackAgreed ? withdrawalReason : null,
        personChoice,
        eligibility,
        history.stream()
            .map(h -> feedbackAgreed ? h : new History(h.from(), h.to(), h.at(), null, null))
            .toList(),
        List.of(),
        notes.stream().filter(n -> n.by() != null && n.by().equalsIgnoreCase(referrer)).toList(),
        null);
  }

  /** Rules the referral does not meet today. */
  public List<RuleResult> unmetRules() {
    return eligibility.stream()
        .filter(r -> r.outcome() == org.stepwise.programme.RuleOutcome.NOT_MET)
        .toList();
  }
}
