package org.stepwise.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.stepwise.plan.ActionOwner;
import org.stepwise.plan.ActionStatus;
import org.stepwise.plan.PlanAgreed;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;

/**
 * The plan's rules without Spring: versions guard every change, agreements keep what was agreed.
 */
class PlanTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
  private static final Instant NOW = Instant.parse("2026-12-02T10:15:00Z");

  private final UUID caseId = UUID.randomUUID();
  private final UUID referralId = UUID.randomUUID();

  /** A plan as loaded from the database at the given version. */
  private Plan savedAt(long version) {
    return new Plan(UUID.randomUUID(), null, caseId, referralId, List.of(), List.of(), version);
  }

  @Test
  void aNewPlanTakesItsFirstWordsWithoutAVersion() {
    var plan = Plan.start(caseId, referralId);
    plan.write(null, "  Back at work by spring  ", " ", null, "Phone my manager");
    assertThat(plan.goals()).isEqualTo("Back at work by spring");
    assertThat(plan.adjustments()).as("blank is cleared").isNull();
    assertThat(plan.flareUp()).isEqualTo("Phone my manager");
    assertThat(plan.version()).isNull();
  }

  @Test
  void aChangeAgainstTheVersionItWasReadAtIsMade() {
    var plan = savedAt(3);
    plan.write(3L, "Keep my job", null, null, null);
    plan.addAction(3L, "Ask for a later start", ActionOwner.PERSON, TODAY.plusWeeks(2));
    plan.changeAction(3L, 0, ActionStatus.DOING);
    assertThat(plan.actions())
        .singleElement()
        .extracting(PlanAction::status)
        .isEqualTo(ActionStatus.DOING);
  }

  @Test
  void aChangeAgainstAnOlderVersionIsRefusedAndChangesNothing() {
    var plan = savedAt(4);
    plan.write(4L, "Keep my job", null, null, null);
    assertThatThrownBy(() -> plan.write(3L, "Theirs", null, null, null))
        .isInstanceOfSatisfying(
            EditConflict.class,
            c -> {
              assertThat(c.expected()).isEqualTo(3);
              assertThat(c.current()).isEqualTo(4);
            });
    assertThatThrownBy(() -> plan.addAction(3L, "Something", ActionOwner.WORKER, null))
        .isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> plan.agree(3L, TODAY, "In person", "priya", NOW, "snapshot"))
        .isInstanceOf(EditConflict.class);
    assertThat(plan.goals()).isEqualTo("Keep my job");
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.agreedVersion()).isZero();
  }

  @Test
  void aFormWithoutAVersionFindsAPlanSomeoneElseSavedFirst() {
    var plan = savedAt(0);
    assertThatThrownBy(() -> plan.write(null, "Mine", null, null, null))
        .isInstanceOf(EditConflict.class);
  }

  @Test
  void agreeingNeedsGoalsAndWordsOfHow() {
    var plan = savedAt(1);
    assertThatThrownBy(() -> plan.agree(1L, TODAY, "In person", "priya", NOW, "s"))
        .isInstanceOfSatisfying(
            ChangeRefused.class, r -> assertThat(r.messageKey()).isEqualTo("plan.agree.noGoals"));
    plan.write(1L, "Keep my job", null, null, null);
    assertThatThrownBy(() -> plan.agree(1L, TODAY, " ", "priya", NOW, "s"))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            r -> {
              assertThat(r.field()).isEqualTo("how");
              assertThat(r.messageKey()).isEqualTo("plan.how.required");
            });
  }

  @Test
  void eachAgreementIsNumberedKeptAsAgreedAndAnnounced() throws Exception {
    var plan = savedAt(2);
    plan.write(2L, "Keep my job", null, null, null);
    assertThat(plan.agree(2L, TODAY, " In person ", "priya", NOW, "Goals: Keep my job"))
        .isEqualTo(1);
    assertThat(plan.agree(2L, TODAY, "By phone", "priya", NOW, "Goals: changed")).isEqualTo(2);
    assertThat(plan.agreements())
        .extracting(PlanAgreement::number, PlanAgreement::how, PlanAgreement::snapshot)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "In person", "Goals: Keep my job"),
            org.assertj.core.groups.Tuple.tuple(2, "By phone", "Goals: changed"));
    assertThat(events(plan))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).isInstanceOf(PlanAgreed.class))
        .extracting(e -> ((PlanAgreed) e).version())
        .containsExactly(1, 2);
  }

  @Test
  void refusesAnActionWithoutWordsOrOwnerAndAnUnknownAction() {
    var plan = savedAt(0);
    assertThatThrownBy(() -> plan.addAction(0L, " ", ActionOwner.PERSON, null))
        .isInstanceOfSatisfying(
            ChangeRefused.class, r -> assertThat(r.field()).isEqualTo("description"));
    assertThatThrownBy(() -> plan.addAction(0L, "Walk daily", null, null))
        .isInstanceOfSatisfying(ChangeRefused.class, r -> assertThat(r.field()).isEqualTo("owner"));
    assertThatThrownBy(() -> plan.changeAction(0L, 5, ActionStatus.DONE))
        .isInstanceOfSatisfying(
            ChangeRefused.class, r -> assertThat(r.messageKey()).isEqualTo("plan.action.unknown"));
  }

  @Test
  void refusesPartsLongerThanTheLimitBesideTheirField() {
    var plan = savedAt(0);
    assertThatThrownBy(() -> plan.write(0L, null, null, "x".repeat(Plan.MAX_LENGTH + 1), null))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            r -> {
              assertThat(r.field()).isEqualTo("pacing");
              assertThat(r.messageKey()).isEqualTo("plan.pacing.size");
            });
  }

  @SuppressWarnings("unchecked")
  private static List<Object> events(Plan plan) throws Exception {
    Method domainEvents = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
    domainEvents.setAccessible(true);
    return new ArrayList<>((Collection<Object>) domainEvents.invoke(plan));
  }
}
