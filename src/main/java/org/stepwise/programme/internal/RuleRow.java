package org.stepwise.programme.internal;

import java.util.Set;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.programme.EligibilityRule;
import org.stepwise.programme.RuleKind;

/** How a rule is stored: one row per rule, in order, under its service. */
@Table("eligibility_rule")
record RuleRow(RuleKind kind, Integer low, Integer high, Set<String> choices, String explanation) {

  static RuleRow of(EligibilityRule rule) {
    return new RuleRow(rule.kind(), rule.low(), rule.high(), rule.choices(), rule.explanation());
  }

  EligibilityRule rule() {
    return new EligibilityRule(kind, low, high, choices, explanation);
  }
}
