package org.stepwise.triage.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.stepwise.site.FormValues;
import org.stepwise.triage.StepRule;

/**
 * A new step rule exactly as typed.
 *
 * @param kind a {@link StepRule.Kind} name
 * @param threshold the number the rule compares with, for kinds that use one
 * @param step the step it suggests at least: 1 to 3
 */
record RuleForm(
    @NotBlank(message = "{careSteps.rule.kind.required}") String kind,
    @Pattern(regexp = "\\s*\\d{0,3}\\s*", message = "{careSteps.rule.threshold.number}")
        String threshold,
    @NotBlank(message = "{careSteps.rule.step.required}") String step,
    @NotBlank(message = "{careSteps.rule.reason.required}")
        @Size(max = MAX_REASON, message = "{careSteps.rule.reason.size}")
        String reason) {

  static final int MAX_REASON = 300;

  /** The largest number a rule compares with: ten years of weeks off work. */
  static final int MAX_THRESHOLD = 520;

  static final List<String> FIELD_ORDER = List.of("kind", "threshold", "step", "reason");

  static RuleForm empty() {
    return new RuleForm("", "", "", "");
  }

  /** Adds errors for a kind or step not on the list, and a number missing or out of range. */
  void check(BindingResult result) {
    var chosen = FormValues.choice(StepRule.Kind.class, kind);
    if (!FormValues.blank(kind) && chosen.isEmpty()) {
      FormValues.reject(result, "kind", "careSteps.rule.kind.required");
    }
    if (chosen.map(StepRule.Kind::usesThreshold).orElse(false)) {
      if (FormValues.blank(threshold)) {
        FormValues.reject(result, "threshold", "careSteps.rule.threshold.required");
      } else if (!FormValues.inRange(threshold, 0, MAX_THRESHOLD)) {
        FormValues.reject(result, "threshold", "careSteps.rule.threshold.number");
      }
    }
    if (!FormValues.blank(step) && !FormValues.inRange(step, 1, 3)) {
      FormValues.reject(result, "step", "careSteps.rule.step.required");
    }
  }

  /** The rule to add; call only when validation and {@link #check} found nothing. */
  StepRule toRule() {
    var chosen = FormValues.choice(StepRule.Kind.class, kind).orElseThrow();
    return new StepRule(
        chosen,
        chosen.usesThreshold() ? FormValues.wholeNumber(threshold) : null,
        FormValues.wholeNumber(step),
        reason.strip());
  }
}
