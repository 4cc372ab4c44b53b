package org.stepwise.triage;

import java.util.List;

/** The step the screen suggests, and why. */
public record StepSuggestion(int step, List<String> reasons) {

  /**
   * The highest step any matching rule asks for, with the reasons of the rules that ask for it;
   * step 1 (information and signposting) when none matches.
   */
  public static StepSuggestion from(Screening screen, List<StepRule> rules) {
    var matching = rules.stream().filter(rule -> rule.matches(screen)).toList();
    int step = matching.stream().mapToInt(StepRule::step).max().orElse(1);
    var reasons =
        matching.isEmpty()
            ? List.of("Nothing in the screen calls for more than information and signposting.")
            : matching.stream().filter(r -> r.step() == step).map(StepRule::reason).toList();
    return new StepSuggestion(step, reasons);
  }
}
