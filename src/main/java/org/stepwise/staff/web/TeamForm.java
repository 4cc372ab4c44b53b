package org.stepwise.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.stepwise.staff.TeamDetails;

/**
 * A team's name and description as typed, to add a team or change one.
 *
 * @param version the version the team was read at (null when adding a team)
 */
record TeamForm(
    @NotBlank(message = "{team.name.required}") @Size(max = 100, message = "{team.name.size}")
        String name,
    @Size(max = 1000, message = "{team.description.size}") String description,
    Long version) {

  static final List<String> FIELD_ORDER = List.of("name", "description");

  static TeamForm empty() {
    return new TeamForm("", "", null);
  }

  static TeamForm of(TeamDetails team) {
    return new TeamForm(
        team.name(), team.description() == null ? "" : team.description(), team.version());
  }

  /** What was typed, to be sent again against the version saved now. */
  TeamForm atVersion(long current) {
    return new TeamForm(name, description, current);
  }

  /** True when the team already reads as typed (a form sent twice). */
  boolean describes(TeamDetails team) {
    return team.name().equalsIgnoreCase(trimmed(name))
        && Objects.equals(trimmed(team.description()), trimmed(description));
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? "" : text.trim();
  }
}
