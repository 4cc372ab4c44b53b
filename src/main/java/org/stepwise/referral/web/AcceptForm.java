package org.stepwise.referral.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.programme.RuleResult;

/**
 * Accepting a referral, as typed: a professional reason for each of the service's rules the
 * referral does not meet, bound from {@code reasons[<rule position>]}.
 */
record AcceptForm(Map<String, String> reasons) {

  /** The longest reason, as for every other decision. */
  static final int MAX_REASON = 2000;

  static AcceptForm empty() {
    return new AcceptForm(Map.of());
  }

  /** The field of the reason for one rule. */
  static String field(RuleResult rule) {
    return "reasons[" + rule.position() + "]";
  }

  /** The fields in page order: one reason per unmet rule. */
  static List<String> fieldOrder(List<RuleResult> unmet) {
    return unmet.stream().map(AcceptForm::field).toList();
  }

  /** The reason typed for a rule, or "". */
  public String reason(RuleResult rule) {
    var typed = reasons == null ? null : reasons.get("" + rule.position());
    return typed == null ? "" : typed;
  }

  /** Adds an error for each unmet rule with no reason, or one too long. */
  void check(BindingResult result, List<RuleResult> unmet) {
    for (var rule : unmet) {
      String reason = reason(rule);
      if (reason.isBlank()) {
        reject(result, field(rule), "referral.accept.reason.required", rule.rule());
      } else if (reason.length() > MAX_REASON) {
        reject(result, field(rule), "referral.decision.reason.size");
      }
    }
  }

  /** The reasons by rule position, for the rules not met; call only when {@link #check} passed. */
  Map<Integer, String> overrideReasons(List<RuleResult> unmet) {
    var byPosition = new HashMap<Integer, String>();
    unmet.forEach(rule -> byPosition.put(rule.position(), reason(rule).strip()));
    return byPosition;
  }

  private static void reject(BindingResult result, String field, String code, Object... args) {
    result.addError(
        new FieldError(
            result.getObjectName(), field, null, false, new String[] {code}, args, code));
  }
}
