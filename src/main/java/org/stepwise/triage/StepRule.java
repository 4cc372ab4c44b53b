package org.stepwise.triage;

import java.util.List;
import org.stepwise.site.Labelled;

/**
 * A rule from the screen to a suggested step: when it matches, the step is at least {@code step}.
 * The suggestion is the highest step any matching rule asks for, else step 1.
 *
 * @param threshold used by kinds that compare a number
 * @param reason shown to the practitioner with the suggestion
 */
public record StepRule(Kind kind, Integer threshold, int step, String reason) {

  /** What a rule looks at. */
  public enum Kind implements Labelled {
    JOB_AT_RISK("Thinks they may lose their job", false),
    WEEKS_OFF_WORK_AT_LEAST("Off work for at least this many weeks", true),
    INTERFERENCE_AT_LEAST("A symptom interferes with work at least this much (0-10)", true),
    CONFIDENCE_AT_MOST("Confidence about working at most (0-10)", true),
    START_BACK_HIGH_RISK("STarT Back: high risk", false),
    START_BACK_MEDIUM_OR_HIGH_RISK("STarT Back: medium or high risk", false),
    WORK_ABILITY_AT_MOST("Work Ability Score at most (0-10)", true),
    WANTS_HELP_FINDING_WORK("Wants help to find work", false);

    private final String label;
    private final boolean usesThreshold;

    Kind(String label, boolean usesThreshold) {
      this.label = label;
      this.usesThreshold = usesThreshold;
    }

    @Override
    public String label() {
      return label;
    }

    public boolean usesThreshold() {
      return usesThreshold;
    }
  }

  public StepRule {
    if (kind == null || step < 1 || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A step rule needs a kind, a step and a reason");
    }
    if (kind.usesThreshold() && threshold == null) {
      throw new IllegalArgumentException("This rule needs a number");
    }
  }

  public boolean matches(Screening screen) {
    return switch (kind) {
      case JOB_AT_RISK -> screen.jobAtRisk() == JobRisk.YES;
      case WEEKS_OFF_WORK_AT_LEAST ->
          screen.weeksOffWork() != null && screen.weeksOffWork() >= threshold;
      case INTERFERENCE_AT_LEAST -> screen.maxInterference() >= threshold;
      case CONFIDENCE_AT_MOST -> screen.confidence() <= threshold;
      case START_BACK_HIGH_RISK ->
          screen.startBack() != null && screen.startBack().risk() == StartBack.Risk.HIGH;
      case START_BACK_MEDIUM_OR_HIGH_RISK ->
          screen.startBack() != null && screen.startBack().risk() != StartBack.Risk.LOW;
      case WORK_ABILITY_AT_MOST ->
          screen.workAbility() != null && screen.workAbility() <= threshold;
      case WANTS_HELP_FINDING_WORK -> screen.helpWanted().contains(Help.FIND_WORK);
    };
  }

  /** The rule in words, e.g. "Off work for at least 4 weeks: step 2". */
  public String summary() {
    return kind.label() + (kind.usesThreshold() ? ": " + threshold : "") + " → step " + step;
  }

  /** The rules every service starts with; each service can change its own. */
  public static List<StepRule> defaults() {
    return List.of(
        new StepRule(Kind.JOB_AT_RISK, null, 2, "They think they may lose their job: act soon."),
        new StepRule(Kind.WEEKS_OFF_WORK_AT_LEAST, 4, 2, "Off work for 4 weeks or more."),
        new StepRule(Kind.WANTS_HELP_FINDING_WORK, null, 2, "They want help to find work."),
        new StepRule(Kind.INTERFERENCE_AT_LEAST, 7, 3, "Symptoms interfere a lot with work."),
        new StepRule(Kind.CONFIDENCE_AT_MOST, 3, 3, "Little confidence about working."),
        new StepRule(
            Kind.START_BACK_HIGH_RISK,
            null,
            3,
            "STarT Back high risk: psychosocial factors need intensive support."),
        new StepRule(
            Kind.WORK_ABILITY_AT_MOST, 5, 3, "Poor work ability (Work Ability Score 5 or less)."),
        new StepRule(Kind.WEEKS_OFF_WORK_AT_LEAST, 26, 3, "Off work for six months or more."));
  }
}
