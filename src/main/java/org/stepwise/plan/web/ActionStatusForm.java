package org.stepwise.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Where one action has got to, chosen against a version of the plan. */
record ActionStatusForm(
    @NotBlank(message = "{plan.action.status.required}")
        @Pattern(regexp = "TO_DO|DOING|DONE|DROPPED", message = "{plan.action.status.required}")
        String status,
    String version) {
  /** The version the form was read at, or null for a plan never saved (or nonsense sent). */
  Long readAt() {
    return PlanVersions.parse(version);
  }
}
