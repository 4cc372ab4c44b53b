package org.stepwise.staff;

import java.util.Objects;
import java.util.UUID;

/** Identifies a team. Binds from a path variable through {@link #of(String)}. */
public record TeamId(UUID id) {

  public TeamId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static TeamId of(String text) {
    return new TeamId(UUID.fromString(text.trim()));
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
