package org.stepwise.caseload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.programme.Condition;
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
    assertThatThrownBy(() -> c.reassign("jordan", " ", "note", null, "manager", now))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> c.reassign("jordan", "Leave", "", null, "manager", now))
        .hasMessageContaining("handover note");
    assertThatThrownBy(() -> c.reassign("priya", "x", "y", null, "manager", now))
        .hasMessageContaining("different worker");
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
    assertThatThrownBy(() -> c.acknowledgeHandover("priya", now))
        .hasMessageContaining("new worker");
    c.acknowledgeHandover("jordan", now.plusSeconds(120));
    assertThat(c.handoverPending()).isFalse();
    assertThat(c.assignments().getLast().acknowledgedAt()).isEqualTo(now.plusSeconds(120));
  }

  @Test
  void stepChangesNeedAReasonAndAreKept() {
    var c = opened();
    assertThatThrownBy(() -> c.changeStep(2, "", "priya", now)).hasMessageContaining("reason");
    assertThatThrownBy(() -> c.changeStep(3, "same", "priya", now)).hasMessageContaining("already");
    c.changeStep(2, "Back at work part time; needs less now.", "priya", now);
    assertThat(c.step()).isEqualTo(2);
    assertThat(c.stepChanges())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.fromStep()).isEqualTo(3);
              assertThat(s.toStep()).isEqualTo(2);
            });
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
    assertThatThrownBy(() -> item.park(today, "x", today)).hasMessageContaining("future");
    item.park(today.plusDays(7), "On holiday", today);
    assertThat(item.needsActionOn(today)).isFalse();
    assertThat(item.needsActionOn(today.plusDays(7))).isTrue();
    item.done("priya", Instant.now());
    assertThat(item.needsActionOn(today.plusDays(7))).isFalse();
  }
}
