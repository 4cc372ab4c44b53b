package org.stepwise.caseload.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.stepwise.caseload.Outcome;
import org.stepwise.site.FormValues;

/**
 * Closing a case as typed.
 *
 * @param outcome an {@link Outcome} name
 * @param summary the discharge summary, optional
 */
record CloseForm(
    @NotBlank(message = "{case.close.outcome.required}") String outcome,
    @Size(max = 4000, message = "{case.close.summary.size}") String summary) {

  static final List<String> FIELD_ORDER = List.of("outcome", "summary");

  static CloseForm empty() {
    return new CloseForm("", "");
  }

  void check(BindingResult result) {
    if (!FormValues.blank(outcome) && FormValues.choice(Outcome.class, outcome).isEmpty()) {
      FormValues.reject(result, "outcome", "case.close.outcome.required");
    }
  }

  Outcome chosen() {
    return FormValues.choice(Outcome.class, outcome).orElse(null);
  }
}
