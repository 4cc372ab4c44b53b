package org.stepwise.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EligibilityRule;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.RuleKind;

/**
 * A new eligibility rule as typed: its kind, the numbers or choices that kind uses, and the
 * explanation reviewers read when a referral does not meet it.
 */
record RuleForm(
    @NotBlank(message = "{programme.rule.kind.required}") String kind,
    @Size(max = 10, message = "{programme.rule.low.number}") String low,
    @Size(max = 10, message = "{programme.rule.high.number}") String high,
    List<String> choices,
    @NotBlank(message = "{programme.rule.explanation.required}")
        @Size(max = 500, message = "{programme.rule.explanation.size}")
        String explanation) {

  static final List<String> FIELD_ORDER = List.of("kind", "low", "high", "choices", "explanation");

  static RuleForm empty() {
    return new RuleForm("", "", "", List.of(), "");
  }

  public List<String> selectedChoices() {
    return choices == null ? List.of() : choices;
  }

  /** Adds errors for the numbers and choices the kind of rule needs. */
  void check(BindingResult errors) {
    var ruleKind = ruleKind();
    if (ruleKind == null) {
      if (!errors.hasFieldErrors("kind")) {
        errors.rejectValue("kind", "programme.rule.kind.required");
      }
      return;
    }
    if (ruleKind.usesLow()) {
      checkNumber(errors, "low", low);
    }
    if (ruleKind.usesHigh()) {
      checkNumber(errors, "high", high);
    }
    if (ruleKind.usesChoices() && chosen(ruleKind).isEmpty()) {
      errors.rejectValue("choices", "programme.rule.choices.required");
    }
    if (!errors.hasFieldErrors("low")
        && !errors.hasFieldErrors("high")
        && ruleKind.usesLow()
        && ruleKind.usesHigh()
        && number(low) > number(high)) {
      errors.rejectValue("low", "programme.rule.low.aboveHigh");
    }
  }

  /** The rule; call only when {@link #check} and bean validation found nothing. */
  EligibilityRule toRule() {
    var ruleKind = ruleKind();
    return new EligibilityRule(
        ruleKind,
        ruleKind.usesLow() ? number(low) : null,
        ruleKind.usesHigh() ? number(high) : null,
        ruleKind.usesChoices() ? chosen(ruleKind) : Set.of(),
        explanation.trim());
  }

  private RuleKind ruleKind() {
    try {
      return kind == null || kind.isBlank() ? null : RuleKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Set<String> chosen(RuleKind ruleKind) {
    var chosen = new LinkedHashSet<String>();
    for (String choice : selectedChoices()) {
      try {
        if (ruleKind == RuleKind.CONDITION_IN) {
          Condition.valueOf(choice);
        } else {
          EmploymentStatus.valueOf(choice);
        }
        chosen.add(choice);
      } catch (IllegalArgumentException | NullPointerException e) {
        // not one of the choices on the page: ignored
      }
    }
    return chosen;
  }

  private static void checkNumber(BindingResult errors, String field, String text) {
    if (errors.hasFieldErrors(field)) {
      return;
    }
    int value = number(text);
    if (value == Integer.MIN_VALUE) {
      errors.rejectValue(field, "programme.rule." + field + ".number");
    } else if (value < 0 || value > 200) {
      errors.rejectValue(field, "programme.rule." + field + ".range");
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.trim());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }
}
