package org.stepwise.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
  private static final String EXPLANATION = "The service is for people of working age.";

  private static EligibilityRule ageBetween(int low, int high) {
    return new EligibilityRule(RuleKind.AGE_BETWEEN, low, high, null, EXPLANATION);
  }

  private static EligibilityRule employmentStatusIn(EmploymentStatus... statuses) {
    return new EligibilityRule(
        RuleKind.EMPLOYMENT_STATUS_IN, null, null, names(statuses), "For people in work.");
  }

  private static EligibilityRule conditionIn(Condition... conditions) {
    return new EligibilityRule(
        RuleKind.CONDITION_IN, null, null, names(conditions), "For these conditions only.");
  }

  private static EligibilityRule weeksOffWorkAtLeast(int weeks) {
    return new EligibilityRule(
        RuleKind.WEEKS_OFF_WORK_AT_LEAST, weeks, null, null, "For people off work a while.");
  }

  private static EligibilityRule weeksOffWorkAtMost(int weeks) {
    return new EligibilityRule(
        RuleKind.WEEKS_OFF_WORK_AT_MOST, null, weeks, null, "For people recently off work.");
  }

  private static Set<String> names(Enum<?>... constants) {
    var names = new HashSet<String>();
    for (var constant : constants) {
      names.add(constant.name());
    }
    return names;
  }

  private static ReferralFacts bornOn(String dateOfBirth, String asOf) {
    return new ReferralFacts(
        dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
        EmploymentStatus.EMPLOYED_AT_WORK,
        null,
        Set.of(Condition.CHRONIC_PAIN),
        LocalDate.parse(asOf));
  }

  private static ReferralFacts working(EmploymentStatus status) {
    return new ReferralFacts(null, status, null, Set.of(Condition.CHRONIC_PAIN), TODAY);
  }

  private static ReferralFacts offWorkFor(Integer weeks) {
    return new ReferralFacts(
        null, EmploymentStatus.EMPLOYED_OFF_SICK, weeks, Set.of(Condition.CHRONIC_PAIN), TODAY);
  }

  private static ReferralFacts with(Set<Condition> conditions) {
    return new ReferralFacts(null, EmploymentStatus.EMPLOYED_AT_WORK, null, conditions, TODAY);
  }

  @Test
  void meetsAnAgeRangeInsideIt() {
    assertThat(ageBetween(16, 66).judge(bornOn("1980-03-15", "2026-06-01")))
        .isEqualTo(RuleOutcome.MET);
  }

  @Test
  void meetsAnAgeRangeOnTheLowestAge() {
    assertThat(ageBetween(16, 66).judge(bornOn("2010-06-01", "2026-06-01")))
        .isEqualTo(RuleOutcome.MET);
  }

  @Test
  void doesNotMeetAnAgeRangeTheDayBeforeTheLowestAge() {
    assertThat(ageBetween(16, 66).judge(bornOn("2010-06-01", "2026-05-31")))
        .isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void meetsAnAgeRangeOnTheHighestAge() {
    assertThat(ageBetween(16, 66).judge(bornOn("1960-06-01", "2026-06-01")))
        .isEqualTo(RuleOutcome.MET);
  }

  @Test
  void meetsAnAgeRangeUntilTheDayBeforeTurningOneYearOlderThanTheHighestAge() {
    assertThat(ageBetween(16, 66).judge(bornOn("1959-06-01", "2026-05-31")))
        .isEqualTo(RuleOutcome.MET);
  }

  @Test
  void doesNotMeetAnAgeRangeOnceOlderThanTheHighestAge() {
    assertThat(ageBetween(16, 66).judge(bornOn("1959-06-01", "2026-06-01")))
        .isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void judgesAgeOnTheBirthday() {
    var rule = ageBetween(16, 65);
    var dayBefore = bornOn("1960-06-01", "2026-05-31");
    var birthday = bornOn("1960-06-01", "2026-06-01");

    assertThat(dayBefore.age()).isEqualTo(65);
    assertThat(birthday.age()).isEqualTo(66);
    assertThat(rule.judge(dayBefore)).isEqualTo(RuleOutcome.MET);
    assertThat(rule.judge(birthday)).isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void judgesAgeOnTheDateTheFactsAreAsOfNotToday() {
    assertThat(ageBetween(16, 66).judge(bornOn("2000-01-01", "2010-01-01")))
        .isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void cannotTellTheAgeWithoutADateOfBirth() {
    assertThat(ageBetween(16, 66).judge(bornOn(null, "2026-06-01"))).isEqualTo(RuleOutcome.UNKNOWN);
  }

  @Test
  void meetsAWorkSituationInTheList() {
    var rule =
        employmentStatusIn(EmploymentStatus.EMPLOYED_AT_WORK, EmploymentStatus.EMPLOYED_OFF_SICK);

    assertThat(rule.judge(working(EmploymentStatus.EMPLOYED_OFF_SICK))).isEqualTo(RuleOutcome.MET);
  }

  @Test
  void doesNotMeetAWorkSituationOutsideTheList() {
    var rule =
        employmentStatusIn(EmploymentStatus.EMPLOYED_AT_WORK, EmploymentStatus.EMPLOYED_OFF_SICK);

    assertThat(rule.judge(working(EmploymentStatus.UNEMPLOYED_LOOKING)))
        .isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void cannotTellTheWorkSituationWhenItIsNotKnown() {
    var rule = employmentStatusIn(EmploymentStatus.EMPLOYED_AT_WORK);

    assertThat(rule.judge(working(EmploymentStatus.NOT_KNOWN))).isEqualTo(RuleOutcome.UNKNOWN);
  }

  @Test
  void cannotTellTheWorkSituationWhenItIsMissing() {
    var rule = employmentStatusIn(EmploymentStatus.EMPLOYED_AT_WORK);

    assertThat(rule.judge(working(null))).isEqualTo(RuleOutcome.UNKNOWN);
  }

  @Test
  void treatsNotKnownAsUnknownEvenWhenItIsOneOfTheChoices() {
    var rule = employmentStatusIn(EmploymentStatus.NOT_KNOWN);

    assertThat(rule.judge(working(EmploymentStatus.NOT_KNOWN))).isEqualTo(RuleOutcome.UNKNOWN);
  }

  @Test
  void meetsAMinimumTimeOffWorkAtAndAboveIt() {
    var rule = weeksOffWorkAtLeast(4);

    assertThat(rule.judge(offWorkFor(4))).isEqualTo(RuleOutcome.MET);
    assertThat(rule.judge(offWorkFor(30))).isEqualTo(RuleOutcome.MET);
  }

  @Test
  void doesNotMeetAMinimumTimeOffWorkBelowIt() {
    assertThat(weeksOffWorkAtLeast(4).judge(offWorkFor(3))).isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void cannotTellTheMinimumTimeOffWorkWhenWeeksAreNotKnown() {
    assertThat(weeksOffWorkAtLeast(4).judge(offWorkFor(null))).isEqualTo(RuleOutcome.UNKNOWN);
  }

  @Test
  void meetsAMaximumTimeOffWorkAtAndBelowIt() {
    var rule = weeksOffWorkAtMost(26);

    assertThat(rule.judge(offWorkFor(26))).isEqualTo(RuleOutcome.MET);
    assertThat(rule.judge(offWorkFor(0))).isEqualTo(RuleOutcome.MET);
  }

  @Test
  void doesNotMeetAMaximumTimeOffWorkAboveIt() {
    assertThat(weeksOffWorkAtMost(26).judge(offWorkFor(27))).isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void cannotTellTheMaximumTimeOffWorkWhenWeeksAreNotKnown() {
    assertThat(weeksOffWorkAtMost(26).judge(offWorkFor(null))).isEqualTo(RuleOutcome.UNKNOWN);
  }

  @Test
  void meetsAConditionRuleWhenAnyConditionMatches() {
    var rule = conditionIn(Condition.MULTIPLE_SCLEROSIS, Condition.FIBROMYALGIA);

    assertThat(rule.judge(with(Set.of(Condition.OTHER, Condition.FIBROMYALGIA))))
        .isEqualTo(RuleOutcome.MET);
  }

  @Test
  void doesNotMeetAConditionRuleWhenNoConditionMatches() {
    var rule = conditionIn(Condition.MULTIPLE_SCLEROSIS, Condition.FIBROMYALGIA);

    assertThat(rule.judge(with(Set.of(Condition.LOW_BACK_PAIN, Condition.OTHER))))
        .isEqualTo(RuleOutcome.NOT_MET);
  }

  @Test
  void cannotTellAConditionRuleWhenNoConditionsAreGiven() {
    var rule = conditionIn(Condition.MULTIPLE_SCLEROSIS);

    assertThat(rule.judge(with(Set.of()))).isEqualTo(RuleOutcome.UNKNOWN);
    assertThat(rule.judge(with(null))).isEqualTo(RuleOutcome.UNKNOWN);
  }

  @Test
  void refusesARuleWithoutAKind() {
    assertThatThrownBy(() -> new EligibilityRule(null, 16, 66, null, EXPLANATION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesARuleWithoutAnExplanation() {
    assertThatThrownBy(() -> new EligibilityRule(RuleKind.AGE_BETWEEN, 16, 66, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("explanation");
  }

  @Test
  void refusesARuleWithABlankExplanation() {
    assertThatThrownBy(() -> new EligibilityRule(RuleKind.AGE_BETWEEN, 16, 66, null, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("explanation");
  }

  @Test
  void refusesALowerNumberAboveTheHigher() {
    assertThatThrownBy(() -> ageBetween(67, 16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower number");
  }

  @Test
  void acceptsEqualLowerAndHigherNumbers() {
    assertThat(ageBetween(18, 18).judge(bornOn("2008-06-01", "2026-06-01")))
        .isEqualTo(RuleOutcome.MET);
  }

  @Test
  void refusesAnAgeRangeWithoutItsNumbers() {
    assertThatThrownBy(() -> new EligibilityRule(RuleKind.AGE_BETWEEN, null, 66, null, EXPLANATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numbers");
    assertThatThrownBy(() -> new EligibilityRule(RuleKind.AGE_BETWEEN, 16, null, null, EXPLANATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numbers");
  }

  @Test
  void refusesAMinimumTimeOffWorkWithoutItsNumber() {
    assertThatThrownBy(
            () ->
                new EligibilityRule(
                    RuleKind.WEEKS_OFF_WORK_AT_LEAST, null, null, null, EXPLANATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numbers");
  }

  @Test
  void refusesAMaximumTimeOffWorkWithoutItsNumber() {
    assertThatThrownBy(
            () ->
                new EligibilityRule(RuleKind.WEEKS_OFF_WORK_AT_MOST, null, null, null, EXPLANATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numbers");
  }

  @Test
  void refusesAListRuleWithNoChoices() {
    assertThatThrownBy(
            () -> new EligibilityRule(RuleKind.CONDITION_IN, null, null, Set.of(), EXPLANATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choice");
    assertThatThrownBy(
            () -> new EligibilityRule(RuleKind.EMPLOYMENT_STATUS_IN, null, null, null, EXPLANATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choice");
  }

  @Test
  void keepsItsOwnCopyOfTheChoices() {
    var choices = new HashSet<>(Set.of(Condition.FIBROMYALGIA.name()));
    var rule = new EligibilityRule(RuleKind.CONDITION_IN, null, null, choices, EXPLANATION);

    choices.add(Condition.CHRONIC_PAIN.name());

    assertThat(rule.choices()).containsExactly(Condition.FIBROMYALGIA.name());
  }

  @Test
  void summarisesAnAgeRangeInPlainEnglish() {
    assertThat(ageBetween(16, 66).summary()).isEqualTo("Age between 16 and 66");
  }

  @Test
  void summarisesTimeOffWorkInPlainEnglish() {
    assertThat(weeksOffWorkAtLeast(4).summary()).isEqualTo("Off work for at least 4 weeks");
    assertThat(weeksOffWorkAtMost(26).summary()).isEqualTo("Off work for at most 26 weeks");
  }

  @Test
  void summarisesAWorkSituationListByItsLabelsInOrder() {
    var rule =
        employmentStatusIn(EmploymentStatus.SELF_EMPLOYED, EmploymentStatus.EMPLOYED_AT_WORK);

    assertThat(rule.summary())
        .isEqualTo("Work situation is one of: Employed and at work; Self-employed");
  }

  @Test
  void summarisesAConditionListByItsLabelsInOrder() {
    var rule = conditionIn(Condition.MULTIPLE_SCLEROSIS, Condition.FIBROMYALGIA);

    assertThat(rule.summary()).isEqualTo("Has one of: Fibromyalgia; Multiple sclerosis (MS)");
  }
}
