package org.stepwise.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** How the person agreed their plan, and the version of the plan they were shown. */
record AgreeForm(
    @NotBlank(message = "{plan.how.required}") @Size(max = 500, message = "{plan.how.size}")
        String how,
    String version) {

  static final List<String> FIELD_ORDER = List.of("how");

  static AgreeForm empty(Long version) {
    return new AgreeForm("", PlanVersions.text(version));
  }

  AgreeForm at(Long current) {
    return new AgreeForm(how, current == null ? "" : current.toString());
  }

  /** The version the form was read at, or null for a plan never saved (or nonsense sent). */
  Long readAt() {
    return PlanVersions.parse(version);
  }
}
