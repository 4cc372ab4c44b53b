package org.stepwise.programme;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * One eligibility rule of a service, as data. {@link #judge} says whether a referral meets it;
 * {@code explanation} is what a reviewer reads when it is not met.
 *
 * @param low the lower bound, for kinds that use one
 * @param high the upper bound, for kinds that use one
 * @param choices enum constant names, for kinds that use a list
 */
public record EligibilityRule(
    RuleKind kind, Integer low, Integer high, Set<String> choices, String explanation) {

  public EligibilityRule {
    choices = choices == null ? Set.of() : Set.copyOf(choices);
    if (kind == null) {
      throw new IllegalArgumentException("A rule needs a kind");
    }
    if (kind.usesLow() && low == null || kind.usesHigh() && high == null) {
      throw new IllegalArgumentException("This rule needs its numbers");
    }
    if (kind.usesLow() && kind.usesHigh() && low > high) {
      throw new IllegalArgumentException("The lower number must not be above the higher");
    }
    if (kind.usesChoices() && choices.isEmpty()) {
      throw new IllegalArgumentException("This rule needs at least one choice");
    }
    for (String choice : choices) {
      if (!validChoice(kind, choice)) {
        throw new IllegalArgumentException("Not a choice this rule can use: " + choice);
      }
    }
    if (explanation == null || explanation.isBlank()) {
      throw new IllegalArgumentException("A rule needs a plain-English explanation");
    }
  }

  private static boolean validChoice(RuleKind kind, String choice) {
    try {
      switch (kind) {
        case CONDITION_IN -> Condition.valueOf(choice);
        case EMPLOYMENT_STATUS_IN -> EmploymentStatus.valueOf(choice);
        default -> {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the referral meets the rule; {@link RuleOutcome#UNKNOWN} when it cannot tell. */
  public RuleOutcome judge(ReferralFacts facts) {
    return switch (kind) {
      case AGE_BETWEEN -> {
        Integer age = facts.age();
        yield age == null ? RuleOutcome.UNKNOWN : outcome(age >= low && age <= high);
      }
      case EMPLOYMENT_STATUS_IN -> {
        var status = facts.employmentStatus();
        yield status == null || status == EmploymentStatus.NOT_KNOWN
            ? RuleOutcome.UNKNOWN
            : outcome(choices.contains(status.name()));
      }
      case WEEKS_OFF_WORK_AT_LEAST ->
          facts.weeksOffWork() == null ? RuleOutcome.UNKNOWN : outcome(facts.weeksOffWork() >= low);
      case WEEKS_OFF_WORK_AT_MOST ->
          facts.weeksOffWork() == null
              ? RuleOutcome.UNKNOWN
              : outcome(facts.weeksOffWork() <= high);
      case CONDITION_IN ->
          facts.conditions().isEmpty()
              ? RuleOutcome.UNKNOWN
              : outcome(facts.conditions().stream().anyMatch(c -> choices.contains(c.name())));
    };
  }

  /** The rule itself in words, e.g. "Age between 16 and 66". */
  public String summary() {
    return switch (kind) {
      case AGE_BETWEEN -> "Age between " + low + " and " + high;
      case WEEKS_OFF_WORK_AT_LEAST -> "Off work for at least " + weeks(low);
      case WEEKS_OFF_WORK_AT_MOST -> "Off work for at most " + weeks(high);
      case EMPLOYMENT_STATUS_IN ->
          "Work situation is one of: "
              + choices.stream()
                  .map(name -> EmploymentStatus.valueOf(name).label())
                  .sorted()
                  .collect(Collectors.joining("; "));
      case CONDITION_IN ->
          "Has one of: "
              + choices.stream()
                  .map(name -> Condition.valueOf(name).label())
                  .sorted()
                  .collect(Collectors.joining("; "));
    };
  }

  private static String weeks(int count) {
    return count + (count == 1 ? " week" : " weeks");
  }

  private static RuleOutcome outcome(boolean met) {
    return met ? RuleOutcome.MET : RuleOutcome.NOT_MET;
  }
}
