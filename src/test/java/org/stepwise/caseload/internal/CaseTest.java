package org.stepwise.caseload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.stepwise.caseload.CaseClosed;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseStepChanged;
import org.stepwise.caseload.ContactType;
import org.stepwise.caseload.OnwardReferrals;
import org.stepwise.caseload.Outcome;
import org.stepwise.caseload.Topic;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.person.PersonId;
import org.stepwise.programme.Condition;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.staff.WorkerProfile;

class CaseTest {

  private final Instant now = Instant.parse("2026-11-30T10:00:00Z");

  private Case opened() {
    return Case.open(
        new Case.Opening(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "SW-AAAA-BBBB",
            Set.of(Condition.CHRONIC_PAIN),
            3),
        "priya",
        null,
        "manager",
        now);
  }

  @Test
  void aCaseOpensWithItsNamedWorker() {
    var c = opened();
    assertThat(c.worker()).isEqualTo("priya");
    assertThat(c.assignments())
        .singleElement()
        .satisfies(a -> assertThat(a.worker()).isEqualTo("priya"));
    assertThat(c.keptOneWorker()).isTrue();
    assertThat(c.handoverPending()).isFalse();
  }

  @Test
  void reassignmentNeedsAReasonAndAHandoverNoteWhichOnlyTheNewWorkerAcknowledges() {
    var c = opened();
    assertRefused(
        () -> c.reassign("jordan", " ", "note", null, "manager", now),
        "reason",
        "case.reassign.reason.required");
    assertRefused(
        () -> c.reassign("jordan", "Leave", "", null, "manager", now),
        "handoverNote",
        "case.reassign.handoverNote.required");
    assertRefused(
        () -> c.reassign("priya", "x", "y", null, "manager", now),
        "worker",
        "case.reassign.sameWorker");
    c.reassign(
        "jordan",
        "Priya is on long leave",
        "Met twice; CV nearly done.",
        null,
        "manager",
        now.plusSeconds(60));
    assertThat(c.worker()).isEqualTo("jordan");
    assertThat(c.handoverPending()).isTrue();
    assertThat(c.keptOneWorker()).isFalse();
    assertThat(c.assignments().getFirst().toAt()).isEqualTo(now.plusSeconds(60));
    assertRefused(() -> c.acknowledgeHandover("priya", now), null, "case.handover.notYours");
    assertThat(c.acknowledgeHandover("jordan", now.plusSeconds(120))).isTrue();
    assertThat(c.handoverPending()).isFalse();
    assertThat(c.assignments().getLast().acknowledgedAt()).isEqualTo(now.plusSeconds(120));
    assertThat(c.acknowledgeHandover("jordan", now.plusSeconds(180)))
        .as("a second click changes nothing")
        .isFalse();
    assertThat(c.assignments().getLast().acknowledgedAt()).isEqualTo(now.plusSeconds(120));
  }

  @Test
  void stepChangesNeedAReasonAndAreKept() {
    var c = opened();
    assertRefused(() -> c.changeStep(2, "", "priya", now), "reason", "case.step.reason.required");
    var same = assertRefused(() -> c.changeStep(3, "same", "priya", now), "step", "case.step.same");
    assertThat(same.arguments()).containsExactly(3);
    c.changeStep(2, "Back at work part time; needs less now.", "priya", now);
    assertThat(c.step()).isEqualTo(2);
    assertThat(c.stepChanges())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.fromStep()).isEqualTo(3);
              assertThat(s.toStep()).isEqualTo(2);
              assertThat(s.reason()).isEqualTo("Back at work part time; needs less now.");
            });
  }

  @Test
  void theStepChangeEventCarriesIdsAndNumbersButNotTheReason() {
    var c = opened();
    c.changeStep(2, "Something private about the person", "priya", now);
    assertThat(c.registeredEvents())
        .filteredOn(CaseStepChanged.class::isInstance)
        .singleElement()
        .isEqualTo(new CaseStepChanged(new CaseId(c.id()), 3, 2, now));
  }

  @Test
  void aClosedCaseRefusesChangesAndASecondClose() {
    var c = opened();
    assertRefused(() -> c.close(null, "x", "priya", now), "outcome", "case.close.outcome.required");
    c.close(Outcome.RETURNED_TO_WORK, "  Back four days a week ", "priya", now);
    assertThat(c.isOpen()).isFalse();
    assertThat(c.outcomeNote()).isEqualTo("Back four days a week");
    assertThat(c.registeredEvents())
        .filteredOn(CaseClosed.class::isInstance)
        .singleElement()
        .isEqualTo(
            new CaseClosed(
                new CaseId(c.id()),
                new ReferralId(c.referralId()),
                new PersonId(c.personId()),
                Outcome.RETURNED_TO_WORK,
                now));
    assertRefused(() -> c.close(Outcome.NEW_JOB, null, "priya", now), null, "case.close.already");
    assertRefused(() -> c.changeStep(2, "why", "priya", now), null, "case.closed");
    assertRefused(
        () -> c.reassign("jordan", "why", "note", null, "priya", now), null, "case.closed");
    assertRefused(
        () -> c.planReview(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 30)),
        null,
        "case.closed");
  }

  @Test
  void aReviewIsPlannedForADayAfterToday() {
    var c = opened();
    var today = LocalDate.of(2026, 11, 30);
    assertRefused(() -> c.planReview(today, today), "review", "case.review.future");
    assertRefused(() -> c.planReview(null, today), "review", "case.review.future");
    c.planReview(today.plusDays(1), today);
    assertThat(c.nextReviewOn()).isEqualTo(today.plusDays(1));
  }

  @Test
  void aCaseNeedsANamedWorker() {
    assertRefused(
        () ->
            Case.open(
                new Case.Opening(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    null,
                    "SW-1",
                    Set.of(),
                    1),
                " ",
                null,
                "manager",
                now),
        "worker",
        "case.worker.required");
  }

  @Test
  void theCaseloadLimitIsTwentyForFullTimeScaledByHoursUnlessAManagerSetsOne() {
    assertThat(new WorkerProfile("a", "A", BigDecimal.ONE, null, Set.of(), null).caseloadLimit())
        .isEqualTo(20);
    assertThat(
            new WorkerProfile("a", "A", new BigDecimal("0.6"), null, Set.of(), null)
                .caseloadLimit())
        .isEqualTo(12);
    assertThat(
            new WorkerProfile("a", "A", new BigDecimal("0.5"), 15, Set.of(), null).caseloadLimit())
        .isEqualTo(15);
  }

  @Test
  void aParkedItemComesBackOnItsDate() {
    var today = LocalDate.of(2026, 11, 30);
    var item =
        WorkItem.raise(
            UUID.randomUUID(), "priya", WorkItemKind.NEW_CASE, "Contact", today.minusDays(1), "k");
    assertThat(item.overdueOn(today)).isTrue();
    assertRefused(() -> item.park(today, "x", today), "until", "workItem.park.until.future");
    assertRefused(
        () -> item.park(today.plusDays(1), " ", today), "reason", "workItem.park.reason.required");
    item.park(today.plusDays(7), "On holiday", today);
    assertThat(item.needsActionOn(today)).isFalse();
    assertThat(item.needsActionOn(today.plusDays(7))).isTrue();
    item.park(today.plusDays(9), "Still on holiday", today);
    assertThat(item.needsActionOn(today.plusDays(7))).as("parked again, to a later day").isFalse();
    assertThat(item.done("priya", now)).isTrue();
    assertThat(item.needsActionOn(today.plusDays(9))).isFalse();
  }

  @Test
  void anItemMarkedDoneTwiceStaysDoneByWhoeverDidItFirstAndCannotBeParked() {
    var today = LocalDate.of(2026, 11, 30);
    var item =
        WorkItem.raise(UUID.randomUUID(), "priya", WorkItemKind.NEW_CASE, "Contact", today, "k");
    assertThat(item.done("priya", now)).isTrue();
    assertThat(item.done("jordan", now.plusSeconds(5))).isFalse();
    assertThat(item.status()).isEqualTo(org.stepwise.caseload.WorkItemStatus.DONE);
    assertRefused(() -> item.park(today.plusDays(3), "x", today), null, "workItem.park.done");
  }

  @Test
  void aNoteNeedsAContactTypeSomethingSaidAndADayNotInTheFuture() {
    var today = LocalDate.of(2026, 11, 30);
    var caseId = UUID.randomUUID();
    assertRefused(
        () -> CaseNote.write(caseId, null, null, Set.of(), "Talked", today, today),
        "contactType",
        "note.contactType.required");
    assertRefused(
        () -> CaseNote.write(caseId, ContactType.PHONE, null, Set.of(), " ", today, today),
        "text",
        "note.topicsOrText.required");
    assertRefused(
        () -> CaseNote.write(caseId, ContactType.PHONE, 601, Set.of(), "x", today, today),
        "minutes",
        "note.minutes.range");
    assertRefused(
        () -> CaseNote.write(caseId, ContactType.PHONE, 0, Set.of(), "x", today, today),
        "minutes",
        "note.minutes.range");
    assertRefused(
        () ->
            CaseNote.write(
                caseId, ContactType.PHONE, null, Set.of(), "x", today.plusDays(1), today),
        "on",
        "note.on.future");
    assertRefused(
        () ->
            CaseNote.write(
                caseId,
                ContactType.PHONE,
                null,
                Set.of(),
                "x".repeat(CaseNote.MAX_TEXT + 1),
                today,
                today),
        "text",
        "note.text.size");
    var note = CaseNote.write(caseId, ContactType.VIDEO, 30, Set.of(Topic.CV), "  ", today, today);
    assertThat(note.text()).isNull();
    assertThat(note.topics()).containsExactly(Topic.CV);
  }

  @Test
  void anOnwardReferralNeedsTheServiceAndADayNotInTheFuture() {
    var today = LocalDate.of(2026, 11, 30);
    var caseId = UUID.randomUUID();
    var referralId = UUID.randomUUID();
    assertRefused(
        () -> OnwardReferral.make(caseId, referralId, " ", "Knee", today, today),
        "service",
        "onward.service.required");
    assertRefused(
        () -> OnwardReferral.make(caseId, referralId, "Physio", null, today.plusDays(1), today),
        "made",
        "onward.made.future");
    var made = OnwardReferral.make(caseId, referralId, " Physio ", " ", null, today);
    assertThat(made.service()).isEqualTo("Physio");
    assertThat(made.reason()).isNull();
    assertThat(made.madeOn()).as("blank is today").isEqualTo(today);
    assertThat(made.result()).isEqualTo(OnwardReferrals.Result.WAITING);
    assertThat(made.record(0L, OnwardReferrals.Result.SEEN)).isTrue();
    assertThat(made.result()).isEqualTo(OnwardReferrals.Result.SEEN);
  }

  private static ChangeRefused assertRefused(
      ThrowingCallable change, String field, String messageKey) {
    var thrown = catchThrowable(change);
    assertThat(thrown).isInstanceOf(ChangeRefused.class);
    var refused = (ChangeRefused) thrown;
    assertThat(refused.messageKey()).isEqualTo(messageKey);
    assertThat(refused.field()).isEqualTo(field);
    return refused;
  }
}
