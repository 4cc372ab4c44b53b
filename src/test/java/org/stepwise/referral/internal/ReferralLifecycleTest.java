package org.stepwise.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.stepwise.person.PersonId;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.RuleOutcome;
import org.stepwise.programme.RuleResult;
import org.stepwise.referral.IllegalReferralChange;
import org.stepwise.referral.PersonChoice;
import org.stepwise.referral.ReferralAccepted;
import org.stepwise.referral.ReferralChannel;
import org.stepwise.referral.ReferralDeclined;
import org.stepwise.referral.ReferralDeferred;
import org.stepwise.referral.ReferralReceived;
import org.stepwise.referral.ReferralSource;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.referral.ReferralWithdrawn;

class ReferralLifecycleTest {

  private static final String REVIEWER = "priya";

  private final Instant received = Instant.parse("2026-11-30T10:00:00Z");
  private final LocalDate today = LocalDate.parse("2026-11-30");
  private final PersonId person = new PersonId(UUID.randomUUID());
  private final ProgrammeId programme = new ProgrammeId(UUID.randomUUID());

  private Referral newReferral() {
    return Referral.receive(
        new Referral.Intake(
            person,
            programme,
            ReferralSource.GP,
            ReferralChannel.PROFESSIONAL_FORM,
            Set.of(Condition.MULTIPLE_SCLEROSIS, Condition.OTHER),
            " Long COVID ",
            EmploymentStatus.EMPLOYED_OFF_SICK,
            8,
            " Acme Ltd ",
            " High Street Surgery ",
            " Struggling to stay in work ",
            true,
            "dr.jones"),
        received);
  }

  private Instant later(int minutes) {
    return received.plus(Duration.ofMinutes(minutes));
  }

  private Referral underReview() {
    var referral = newReferral();
    referral.startReview(REVIEWER, later(1));
    return referral;
  }

  private Referral accepted() {
    var referral = underReview();
    referral.accept(List.of(), Map.of(), REVIEWER, later(2));
    return referral;
  }

  private Referral declined() {
    var referral = underReview();
    referral.decline("Not the right service", REVIEWER, later(2));
    return referral;
  }

  private Referral deferred() {
    var referral = underReview();
    referral.defer(today.plusMonths(3), "In hospital", REVIEWER, later(2), today);
    return referral;
  }

  private Referral withdrawn() {
    var referral = underReview();
    referral.withdraw("Moved away", REVIEWER, later(2));
    return referral;
  }

  private static RuleResult result(int position, RuleOutcome outcome) {
    return new RuleResult(position, "Rule " + position, outcome, "Explanation " + position);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> events(Referral referral) throws Exception {
    Method domainEvents = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
    domainEvents.setAccessible(true);
    return new ArrayList<>((Collection<Object>) domainEvents.invoke(referral));
  }

  @Test
  void aNewReferralIsReceivedWithOneHistoryEntry() {
    var referral = newReferral();

    assertThat(referral.status()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(referral.receivedAt()).isEqualTo(received);
    assertThat(referral.statusChangedAt()).isEqualTo(received);
    assertThat(referral.personChoice()).isEqualTo(PersonChoice.NOT_ASKED);
    assertThat(referral.transitions())
        .containsExactly(
            new Transition(
                null,
                ReferralStatus.RECEIVED,
                received,
                "dr.jones",
                ReferralChannel.PROFESSIONAL_FORM.label()));
  }

  @Test
  void aNewReferralKeepsWhatArrivedTidied() {
    var referral = newReferral();

    assertThat(referral.personId()).isEqualTo(person);
    assertThat(referral.programmeId()).isEqualTo(programme);
    assertThat(referral.reference()).matches("SW-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
    assertThat(referral.otherCondition()).isEqualTo("Long COVID");
    assertThat(referral.employer()).isEqualTo("Acme Ltd");
    assertThat(referral.gpPractice()).isEqualTo("High Street Surgery");
    assertThat(referral.reason()).isEqualTo("Struggling to stay in work");
  }

  @Test
  void aNewReferralRegistersReferralReceived() throws Exception {
    var referral = newReferral();

    assertThat(events(referral))
        .containsExactly(
            new ReferralReceived(
                referral.referralId(),
                person,
                programme,
                referral.reference(),
                ReferralSource.GP,
                ReferralChannel.PROFESSIONAL_FORM,
                "dr.jones",
                received));
  }

  @Test
  void startsReviewFromReceived() {
    var referral = underReview();

    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
    assertThat(referral.transitions()).hasSize(2);
    assertThat(referral.transitions().get(1))
        .isEqualTo(
            new Transition(
                ReferralStatus.RECEIVED, ReferralStatus.UNDER_REVIEW, later(1), REVIEWER, null));
  }

  @Test
  void startsReviewOnlyFromReceived() {
    for (var referral : List.of(underReview(), accepted(), deferred(), declined(), withdrawn())) {
      var before = referral.status();
      assertThatThrownBy(() -> referral.startReview(REVIEWER, later(10)))
          .isInstanceOf(IllegalReferralChange.class);
      assertThat(referral.status()).isEqualTo(before);
    }
  }

  @Test
  void acceptsAReferralUnderReview() throws Exception {
    var referral = underReview();

    referral.accept(
        List.of(result(0, RuleOutcome.MET), result(1, RuleOutcome.MET)),
        Map.of(),
        REVIEWER,
        later(2));

    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.overrides()).isEmpty();
    assertThat(events(referral))
        .last()
        .isEqualTo(
            new ReferralAccepted(
                referral.referralId(), person, programme, 0, "dr.jones", later(2)));
  }

  @Test
  void acceptsOnlyAReferralUnderReview() {
    var fresh = newReferral();
    assertThatThrownBy(() -> fresh.accept(List.of(), Map.of(), REVIEWER, later(5)))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(fresh.status()).isEqualTo(ReferralStatus.RECEIVED);

    for (var referral : List.of(accepted(), deferred())) {
      assertThatThrownBy(() -> referral.accept(List.of(), Map.of(), REVIEWER, later(5)))
          .isInstanceOf(IllegalReferralChange.class);
    }
  }

  @Test
  void refusesToAcceptWithoutAReasonForARuleNotMet() {
    var referral = underReview();
    var results =
        List.of(
            result(0, RuleOutcome.MET),
            result(1, RuleOutcome.NOT_MET),
            result(2, RuleOutcome.NOT_MET));

    var reasons = Map.of(1, "Seen by the team");

    assertThatThrownBy(() -> referral.accept(results, reasons, REVIEWER, later(2)))
        .isInstanceOf(IllegalReferralChange.class)
        .hasMessageContaining("Rule 2");
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
    assertThat(referral.overrides()).isEmpty();
  }

  @Test
  void refusesToAcceptWithABlankReasonForARuleNotMet() {
    var referral = underReview();

    assertThatThrownBy(
            () ->
                referral.accept(
                    List.of(result(0, RuleOutcome.NOT_MET)), Map.of(0, "  "), REVIEWER, later(2)))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
  }

  @Test
  void recordsAnOverrideForEachRuleNotMetWhenReasonsAreGiven() throws Exception {
    var referral = underReview();
    var results =
        List.of(
            result(0, RuleOutcome.NOT_MET),
            result(1, RuleOutcome.MET),
            result(2, RuleOutcome.NOT_MET));

    var reasons = Map.of(0, " Just over the age limit ", 2, "Agreed with the GP");

    referral.accept(results, reasons, REVIEWER, later(2));

    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.overrides())
        .containsExactly(
            new RuleOverride(
                "Rule 0", "Explanation 0", "Just over the age limit", later(2), REVIEWER),
            new RuleOverride("Rule 2", "Explanation 2", "Agreed with the GP", later(2), REVIEWER));
    assertThat(referral.transitions())
        .last()
        .extracting(Transition::note)
        .isEqualTo("2 rule(s) overridden");
    assertThat(events(referral))
        .last()
        .isEqualTo(
            new ReferralAccepted(
                referral.referralId(), person, programme, 2, "dr.jones", later(2)));
  }

  @Test
  void acceptsWithoutAReasonWhenARuleCannotBeTold() {
    var referral = underReview();

    referral.accept(
        List.of(result(0, RuleOutcome.UNKNOWN), result(1, RuleOutcome.MET)),
        Map.of(),
        REVIEWER,
        later(2));

    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.overrides()).isEmpty();
  }

  @Test
  void declinesAReferralUnderReviewWithAReason() throws Exception {
    var referral = underReview();

    referral.decline("  Not the right service  ", REVIEWER, later(2));

    assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.declineReason()).isEqualTo("Not the right service");
    assertThat(events(referral))
        .last()
        .isEqualTo(new ReferralDeclined(referral.referralId(), "dr.jones", later(2)));
  }

  @Test
  void refusesToDeclineWithoutAReason() {
    var referral = underReview();

    assertThatThrownBy(() -> referral.decline(null, REVIEWER, later(2)))
        .isInstanceOf(IllegalReferralChange.class);
    assertThatThrownBy(() -> referral.decline(" ", REVIEWER, later(2)))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
  }

  @Test
  void declinesOnlyAReferralUnderReview() {
    for (var referral : List.of(newReferral(), accepted(), deferred(), declined(), withdrawn())) {
      var before = referral.status();
      assertThatThrownBy(() -> referral.decline("Not suitable", REVIEWER, later(10)))
          .isInstanceOf(IllegalReferralChange.class);
      assertThat(referral.status()).isEqualTo(before);
    }
  }

  @Test
  void aDeclinedReferralCannotBeAcceptedOrWithdrawn() {
    var referral = declined();

    assertThatThrownBy(() -> referral.accept(List.of(), Map.of(), REVIEWER, later(10)))
        .isInstanceOf(IllegalReferralChange.class);
    assertThatThrownBy(() -> referral.withdraw("Changed their mind", REVIEWER, later(10)))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.withdrawalReason()).isNull();
  }

  @Test
  void defersUntilAFutureReviewDateWithAReason() throws Exception {
    var referral = underReview();
    var until = today.plusMonths(3);

    referral.defer(until, " In hospital ", REVIEWER, later(2), today);

    assertThat(referral.status()).isEqualTo(ReferralStatus.DEFERRED);
    assertThat(referral.reviewDate()).isEqualTo(until);
    assertThat(referral.deferralReason()).isEqualTo("In hospital");
    assertThat(events(referral))
        .last()
        .isEqualTo(new ReferralDeferred(referral.referralId(), until, "dr.jones", later(2)));
  }

  @Test
  void defersFromReceivedUnderReviewAndAccepted() {
    for (var referral : List.of(newReferral(), underReview(), accepted())) {
      referral.defer(today.plusDays(1), "Not now", REVIEWER, later(10), today);

      assertThat(referral.status()).isEqualTo(ReferralStatus.DEFERRED);
    }
  }

  @Test
  void refusesToDeferADeferredOrClosedReferral() {
    for (var referral : List.of(deferred(), declined(), withdrawn())) {
      var before = referral.status();
      assertThatThrownBy(
              () -> referral.defer(today.plusMonths(6), "Not now", REVIEWER, later(10), today))
          .isInstanceOf(IllegalReferralChange.class);
      assertThat(referral.status()).isEqualTo(before);
    }
  }

  @Test
  void refusesToDeferWithoutAFutureReviewDate() {
    var referral = underReview();

    assertThatThrownBy(() -> referral.defer(null, "Not now", REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThatThrownBy(() -> referral.defer(today, "Not now", REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThatThrownBy(
            () -> referral.defer(today.minusDays(1), "Not now", REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
  }

  @Test
  void refusesToDeferWithoutAReason() {
    var referral = underReview();

    assertThatThrownBy(() -> referral.defer(today.plusDays(7), null, REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThatThrownBy(() -> referral.defer(today.plusDays(7), "  ", REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
    assertThat(referral.reviewDate()).isNull();
  }

  @Test
  void reoffersADeferredReferralForReviewAsItStands() {
    var referral = deferred();
    var id = referral.referralId();
    var reference = referral.reference();

    referral.reoffer(REVIEWER, later(3));

    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
    assertThat(referral.referralId()).isEqualTo(id);
    assertThat(referral.reference()).isEqualTo(reference);
    assertThat(referral.personId()).isEqualTo(person);
    assertThat(referral.programmeId()).isEqualTo(programme);
    assertThat(referral.source()).isEqualTo(ReferralSource.GP);
    assertThat(referral.channel()).isEqualTo(ReferralChannel.PROFESSIONAL_FORM);
    assertThat(referral.conditions())
        .containsExactlyInAnyOrder(Condition.MULTIPLE_SCLEROSIS, Condition.OTHER);
    assertThat(referral.otherCondition()).isEqualTo("Long COVID");
    assertThat(referral.employmentStatus()).isEqualTo(EmploymentStatus.EMPLOYED_OFF_SICK);
    assertThat(referral.weeksOffWork()).isEqualTo(8);
    assertThat(referral.employer()).isEqualTo("Acme Ltd");
    assertThat(referral.gpPractice()).isEqualTo("High Street Surgery");
    assertThat(referral.reason()).isEqualTo("Struggling to stay in work");
    assertThat(referral.consentToContact()).isTrue();
    assertThat(referral.referredBy()).isEqualTo("dr.jones");
    assertThat(referral.receivedAt()).isEqualTo(received);
    assertThat(referral.transitions())
        .extracting(Transition::toStatus)
        .containsExactly(
            ReferralStatus.RECEIVED,
            ReferralStatus.UNDER_REVIEW,
            ReferralStatus.DEFERRED,
            ReferralStatus.UNDER_REVIEW);
  }

  @Test
  void aReofferedReferralCanThenBeAccepted() {
    var referral = deferred();
    referral.reoffer(REVIEWER, later(3));

    referral.accept(List.of(), Map.of(), REVIEWER, later(4));

    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  void reoffersOnlyADeferredReferral() {
    for (var referral :
        List.of(newReferral(), underReview(), accepted(), declined(), withdrawn())) {
      var before = referral.status();
      assertThatThrownBy(() -> referral.reoffer(REVIEWER, later(10)))
          .isInstanceOf(IllegalReferralChange.class);
      assertThat(referral.status()).isEqualTo(before);
    }
  }

  @Test
  void withdrawsFromAnyOpenState() throws Exception {
    for (var referral : List.of(newReferral(), underReview(), accepted(), deferred())) {
      referral.withdraw(" Moved away ", "reception", later(10));

      assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
      assertThat(referral.withdrawalReason()).isEqualTo("Moved away");
      assertThat(events(referral))
          .last()
          .isEqualTo(new ReferralWithdrawn(referral.referralId(), "dr.jones", later(10)));
    }
  }

  @Test
  void refusesToWithdrawAClosedReferral() {
    for (var referral : List.of(declined(), withdrawn())) {
      var before = referral.status();
      assertThatThrownBy(() -> referral.withdraw("Again", REVIEWER, later(10)))
          .isInstanceOf(IllegalReferralChange.class);
      assertThat(referral.status()).isEqualTo(before);
    }
  }

  @Test
  void refusesToWithdrawWithoutAReason() {
    var referral = underReview();

    assertThatThrownBy(() -> referral.withdraw(" ", REVIEWER, later(2)))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
  }

  @Test
  void recordsThatThePersonAgreedWithoutChangingTheStatus() {
    var referral = underReview();
    var transitions = referral.transitions().size();

    referral.recordChoice(PersonChoice.AGREED, null, REVIEWER, later(2), today);

    assertThat(referral.personChoice()).isEqualTo(PersonChoice.AGREED);
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
    assertThat(referral.statusChangedAt()).isEqualTo(later(1));
    assertThat(referral.transitions()).hasSize(transitions);
  }

  @Test
  void withdrawsWhenThePersonDeclines() throws Exception {
    var referral = accepted();

    referral.recordChoice(PersonChoice.DECLINED, null, REVIEWER, later(3), today);

    assertThat(referral.personChoice()).isEqualTo(PersonChoice.DECLINED);
    assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(referral.withdrawalReason()).isNotBlank();
    assertThat(events(referral)).last().isInstanceOf(ReferralWithdrawn.class);
  }

  @Test
  void defersUntilTheDateWhenThePersonAsksToBeContactedLater() throws Exception {
    var referral = accepted();
    var contactAfter = today.plusMonths(2);

    referral.recordChoice(PersonChoice.ASK_LATER, contactAfter, REVIEWER, later(3), today);

    assertThat(referral.personChoice()).isEqualTo(PersonChoice.ASK_LATER);
    assertThat(referral.status()).isEqualTo(ReferralStatus.DEFERRED);
    assertThat(referral.reviewDate()).isEqualTo(contactAfter);
    assertThat(events(referral))
        .last()
        .isEqualTo(new ReferralDeferred(referral.referralId(), contactAfter, "dr.jones", later(3)));
  }

  @Test
  void movesTheReviewDateWhenADeferredPersonAsksToBeContactedLater() {
    var referral = deferred();
    var contactAfter = today.plusMonths(9);

    referral.recordChoice(PersonChoice.ASK_LATER, contactAfter, REVIEWER, later(3), today);

    assertThat(referral.status()).isEqualTo(ReferralStatus.DEFERRED);
    assertThat(referral.reviewDate()).isEqualTo(contactAfter);
  }

  @Test
  void refusesToAskLaterWithoutAFutureDate() {
    var referral = underReview();

    assertThatThrownBy(
            () -> referral.recordChoice(PersonChoice.ASK_LATER, today, REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_REVIEW);
    assertThat(referral.personChoice()).isEqualTo(PersonChoice.NOT_ASKED);
  }

  @Test
  void refusesNotAskedOrNoChoiceAsWhatThePersonSaid() {
    var referral = underReview();

    assertThatThrownBy(
            () -> referral.recordChoice(PersonChoice.NOT_ASKED, null, REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThatThrownBy(() -> referral.recordChoice(null, null, REVIEWER, later(2), today))
        .isInstanceOf(IllegalReferralChange.class);
    assertThat(referral.personChoice()).isEqualTo(PersonChoice.NOT_ASKED);
  }

  @Test
  void refusesToRecordAChoiceOnAClosedReferral() {
    var referral = declined();

    assertThatThrownBy(
            () -> referral.recordChoice(PersonChoice.AGREED, null, REVIEWER, later(10), today))
        .isInstanceOf(IllegalReferralChange.class);
  }

  @Test
  void movesStatusChangedAtOnEachChange() {
    var referral = newReferral();
    assertThat(referral.statusChangedAt()).isEqualTo(received);

    referral.startReview(REVIEWER, later(1));
    assertThat(referral.statusChangedAt()).isEqualTo(later(1));

    referral.defer(today.plusDays(14), "Not now", REVIEWER, later(2), today);
    assertThat(referral.statusChangedAt()).isEqualTo(later(2));

    referral.reoffer(REVIEWER, later(3));
    assertThat(referral.statusChangedAt()).isEqualTo(later(3));

    referral.accept(List.of(), Map.of(), REVIEWER, later(4));
    assertThat(referral.statusChangedAt()).isEqualTo(later(4));

    referral.withdraw("Moved away", REVIEWER, later(5));
    assertThat(referral.statusChangedAt()).isEqualTo(later(5));
    assertThat(referral.receivedAt()).isEqualTo(received);
  }

  @Test
  void registersAnEventForEachTransitionThatPublishesOne() throws Exception {
    var referral = newReferral();
    referral.startReview(REVIEWER, later(1));
    referral.defer(today.plusDays(14), "Not now", REVIEWER, later(2), today);
    referral.reoffer(REVIEWER, later(3));
    referral.accept(List.of(), Map.of(), REVIEWER, later(4));
    referral.withdraw("Moved away", REVIEWER, later(5));

    assertThat(events(referral))
        .extracting(Object::getClass)
        .containsExactly(
            ReferralReceived.class,
            ReferralDeferred.class,
            ReferralAccepted.class,
            ReferralWithdrawn.class);
  }

  @Test
  void registersReferralDeclinedWhenDeclined() throws Exception {
    assertThat(events(declined()))
        .extracting(Object::getClass)
        .containsExactly(ReferralReceived.class, ReferralDeclined.class);
  }

  @Test
  void refusedChangesRegisterNoEvent() throws Exception {
    var referral = declined();

    assertThatThrownBy(() -> referral.withdraw("Too late", REVIEWER, later(10)))
        .isInstanceOf(IllegalReferralChange.class);

    assertThat(events(referral)).hasSize(2);
  }
}
