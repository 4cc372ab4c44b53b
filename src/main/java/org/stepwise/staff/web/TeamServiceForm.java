package org.stepwise.staff.web;

import jakarta.validation.constraints.NotBlank;

/** The service chosen for a team to run: its id. */
record TeamServiceForm(@NotBlank(message = "{team.service.required}") String service) {

  static TeamServiceForm empty() {
    return new TeamServiceForm("");
  }
}
