package org.stepwise.programme;

/**
 * How one referral fares against one rule.
 *
 * @param position the rule's place in its service's list, from 0
 * @param rule the rule in words
 * @param explanation shown when the rule is not met
 */
public record RuleResult(int position, String rule, RuleOutcome outcome, String explanation) {

  public boolean met() {
    return outcome == RuleOutcome.MET;
  }
}
