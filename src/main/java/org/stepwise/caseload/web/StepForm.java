package org.stepwise.caseload.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.stepwise.site.FormValues;

/** A change of step as typed: the new step's number and the reason. */
record StepForm(
    @NotBlank(message = "{case.step.required}") String step,
    @NotBlank(message = "{case.step.reason.required}")
        @Size(max = 2000, message = "{case.step.reason.size}")
        String reason) {

  static final List<String> FIELD_ORDER = List.of("step", "reason");

  static StepForm of(int current) {
    return new StepForm("" + current, "");
  }

  void check(BindingResult result) {
    if (!FormValues.blank(step) && FormValues.wholeNumber(step) == null) {
      FormValues.reject(result, "step", "case.step.unknown");
    }
  }

  int stepNumber() {
    return FormValues.wholeNumber(step);
  }
}
