package org.stepwise.person;

import java.util.Objects;
import java.util.UUID;

/** Identifies one break-glass grant. Binds from a path variable through {@link #of(String)}. */
public record BreakGlassId(UUID id) {

  public BreakGlassId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static BreakGlassId of(String text) {
    return new BreakGlassId(UUID.fromString(text.trim()));
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
