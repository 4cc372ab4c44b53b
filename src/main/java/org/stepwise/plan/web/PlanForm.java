package org.stepwise.plan.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepwise.plan.PlanView;

/** The plan's words exactly as typed, with the version of the plan they were typed against. */
record PlanForm(
    @Size(max = 5000, message = "{plan.goals.size}") String goals,
    @Size(max = 5000, message = "{plan.adjustments.size}") String adjustments,
    @Size(max = 5000, message = "{plan.pacing.size}") String pacing,
    @Size(max = 5000, message = "{plan.flareUp.size}") String flareUp,
    String version) {

  static final List<String> FIELD_ORDER = List.of("goals", "adjustments", "pacing", "flareUp");

  static PlanForm of(PlanView plan) {
    return new PlanForm(
        plan.goals(),
        plan.adjustments(),
        plan.pacing(),
        plan.flareUp(),
        PlanVersions.text(plan.version()));
  }

  PlanForm at(Long current) {
    return new PlanForm(
        goals, adjustments, pacing, flareUp, current == null ? "" : current.toString());
  }

  /** The version the form was read at, or null for a plan never saved (or nonsense sent). */
  Long readAt() {
    return PlanVersions.parse(version);
  }
}
