package org.stepwise.triage.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The step decision exactly as sent: the step's number, and a reason when it differs. */
record StepForm(
    @NotBlank(message = "{triage.step.required}")
        @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "{triage.step.required}")
        String step,
    @Size(max = 2000, message = "{triage.step.reason.size}") String reason) {

  static final List<String> FIELD_ORDER = List.of("step", "reason");

  int chosen() {
    return Integer.parseInt(step.trim());
  }
}
