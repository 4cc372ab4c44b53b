package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.programme.EmploymentStatus;

class TriageScoringTest {

  private static List<Boolean> agree(int... items) {
    var answers = new java.util.ArrayList<>(java.util.Collections.nCopies(8, false));
    for (int item : items) {
      answers.set(item - 1, true);
    }
    return answers;
  }

  @Test
  void startBackLowRiskWhenTheTotalIsThreeOrLess() {
    var score = StartBack.score(agree(1, 2, 3), 1);
    assertThat(score.total()).isEqualTo(3);
    assertThat(score.risk()).isEqualTo(StartBack.Risk.LOW);
  }

  @Test
  void startBackMediumRiskWhenTheTotalIsOverThreeButDistressBelowFour() {
    var score = StartBack.score(agree(1, 2, 3, 4, 5), 2);
    assertThat(score.total()).isEqualTo(5);
    assertThat(score.distress()).isEqualTo(1);
    assertThat(score.risk()).isEqualTo(StartBack.Risk.MEDIUM);
  }

  @Test
  void startBackHighRiskWhenDistressIsFourOrMore() {
    var score = StartBack.score(agree(5, 6, 7), 3);
    assertThat(score.total()).isEqualTo(4);
    assertThat(score.distress()).as("items 5-7 and a 'very much' bothersome").isEqualTo(4);
    assertThat(score.risk()).isEqualTo(StartBack.Risk.HIGH);
    var all = StartBack.score(agree(1, 2, 3, 4, 5, 6, 7, 8), 4);
    assertThat(all.total()).isEqualTo(9);
    assertThat(all.distress()).isEqualTo(5);
  }

  @Test
  void startBackItemNineScoresOnlyForVeryMuchOrExtremely() {
    assertThat(StartBack.score(agree(), 2).total()).isZero();
    assertThat(StartBack.score(agree(), 3).total()).isEqualTo(1);
    assertThat(StartBack.score(agree(), 4).total()).isEqualTo(1);
  }

  @Test
  void startBackNeedsEveryAnswer() {
    assertThatThrownBy(() -> StartBack.score(List.of(true, false), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StartBack.score(agree(), 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workAbilityScoreBands() {
    assertThat(WorkAbilityScore.band(0)).isEqualTo(WorkAbilityScore.Band.POOR);
    assertThat(WorkAbilityScore.band(5)).isEqualTo(WorkAbilityScore.Band.POOR);
    assertThat(WorkAbilityScore.band(6)).isEqualTo(WorkAbilityScore.Band.MODERATE);
    assertThat(WorkAbilityScore.band(7)).isEqualTo(WorkAbilityScore.Band.MODERATE);
    assertThat(WorkAbilityScore.band(8)).isEqualTo(WorkAbilityScore.Band.GOOD);
    assertThat(WorkAbilityScore.band(10)).isEqualTo(WorkAbilityScore.Band.GOOD);
    assertThatThrownBy(() -> WorkAbilityScore.band(11))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Screening screen(
      JobRisk risk,
      Integer weeksOff,
      int confidence,
      int pain,
      Set<Help> help,
      List<Boolean> startBack,
      Integer bother,
      Integer workAbility) {
    return new Screening(
        EmploymentStatus.EMPLOYED_OFF_SICK,
        30,
        weeksOff,
        risk,
        confidence,
        pain,
        2,
        1,
        3,
        help,
        startBack,
        bother,
        workAbility);
  }

  @Test
  void withNothingNotableTheSuggestionIsStepOne() {
    var suggestion =
        StepSuggestion.from(
            screen(JobRisk.NO, 1, 8, 3, Set.of(Help.INFORMATION), null, null, 9),
            StepRule.defaults());
    assertThat(suggestion.step()).isEqualTo(1);
    assertThat(suggestion.reasons())
        .singleElement()
        .asString()
        .contains("information and signposting");
  }

  @Test
  void theSuggestionIsTheHighestStepAnyRuleAsksForWithItsReasons() {
    var two =
        StepSuggestion.from(
            screen(JobRisk.YES, 6, 6, 4, Set.of(Help.STAY_IN_WORK), null, null, 7),
            StepRule.defaults());
    assertThat(two.step()).isEqualTo(2);
    assertThat(two.reasons())
        .containsExactly(
            "They think they may lose their job: act soon.", "Off work for 4 weeks or more.");

    var three =
        StepSuggestion.from(
            screen(JobRisk.YES, 6, 6, 8, Set.of(Help.STAY_IN_WORK), null, null, 7),
            StepRule.defaults());
    assertThat(three.step()).isEqualTo(3);
    assertThat(three.reasons()).containsExactly("Symptoms interfere a lot with work.");
  }

  @Test
  void startBackHighRiskAndPoorWorkAbilityCallForIntensiveSupport() {
    var high =
        StepSuggestion.from(
            screen(JobRisk.NO, 0, 8, 2, Set.of(Help.ADVICE), agree(5, 6, 7), 3, null),
            StepRule.defaults());
    assertThat(high.step()).isEqualTo(3);
    assertThat(high.reasons()).anySatisfy(r -> assertThat(r).contains("STarT Back high risk"));
    var poor =
        StepSuggestion.from(
            screen(JobRisk.NO, 0, 8, 2, Set.of(Help.ADVICE), null, null, 4), StepRule.defaults());
    assertThat(poor.step()).isEqualTo(3);
  }

  @Test
  void aServiceCanSetItsOwnRules() {
    var rules = List.of(new StepRule(StepRule.Kind.CONFIDENCE_AT_MOST, 5, 2, "Low confidence."));
    assertThat(
            StepSuggestion.from(
                    screen(JobRisk.YES, 30, 5, 9, Set.of(Help.ADVICE), null, null, 1), rules)
                .step())
        .isEqualTo(2);
  }

  @Test
  void waitStatisticsGiveTheMedianNinetiethPercentileAndHowManyAreOverTarget() {
    var stats =
        WaitStats.of("S", 2, "Advice", List.of(7L, 14L, 21L, 28L, 35L, 42L, 49L, 56L, 63L, 70L), 6);
    assertThat(stats.waiting()).isEqualTo(10);
    assertThat(stats.medianWeeks()).isEqualTo(5.5);
    assertThat(stats.p90Weeks()).isEqualTo(9.0);
    assertThat(stats.overTarget()).as("over 42 days").isEqualTo(4);
    var odd = WaitStats.of("S", 1, "Info", List.of(21L, 0L, 7L), 2);
    assertThat(odd.medianWeeks()).isEqualTo(1.0);
    assertThat(odd.p90Weeks()).isEqualTo(3.0);
    assertThat(odd.overTarget()).isEqualTo(1);
    assertThat(WaitStats.of("S", 1, "Info", List.of(), 2).waiting()).isZero();
  }
}
