package org.stepwise.staff.web;

import jakarta.validation.constraints.NotBlank;

/** The member of staff chosen to join a team: their username. */
record TeamMemberForm(@NotBlank(message = "{team.member.required}") String username) {

  static TeamMemberForm empty() {
    return new TeamMemberForm("");
  }
}
