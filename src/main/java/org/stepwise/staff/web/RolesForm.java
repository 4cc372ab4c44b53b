package org.stepwise.staff.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The "change roles" form as typed; none ticked is an empty list. */
record RolesForm(@NotEmpty(message = "{user.roles.required}") List<String> roles) {

  RolesForm {
    roles = roles == null ? List.of() : roles;
  }
}
