package org.stepwise.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepwise.plan.ActionOwner;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/** A new action exactly as typed: what, who, by when (optional). */
record ActionForm(
    @NotBlank(message = "{plan.action.description.required}")
        @Size(max = 1000, message = "{plan.action.description.size}")
        String description,
    @NotBlank(message = "{plan.action.owner.required}")
        @Pattern(
            regexp = "PERSON|WORKER|EMPLOYER|OTHER_PROFESSIONAL",
            message = "{plan.action.owner.required}")
        String owner,
    @RealDate(message = "{plan.action.due.real}") DateField due,
    String version) {

  static final List<String> FIELD_ORDER = List.of("description", "owner", "due=due-day");

  static ActionForm empty(Long version) {
    return new ActionForm("", "", DateField.empty(), PlanVersions.text(version));
  }

  ActionOwner chosenOwner() {
    return ActionOwner.valueOf(owner);
  }

  ActionForm at(Long current) {
    return new ActionForm(description, owner, due, current == null ? "" : current.toString());
  }

  /** The version the form was read at, or null for a plan never saved (or nonsense sent). */
  Long readAt() {
    return PlanVersions.parse(version);
  }
}
