package org.stepwise.plan;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a case's plan. Binds from a path variable through {@link #of(String)} (Spring's
 * conversion finds it); a malformed id is a request for a page that does not exist.
 */
public record PlanId(UUID id) {

  public PlanId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static PlanId of(String text) {
    return new PlanId(UUID.fromString(text.trim()));
  }

  public static PlanId of(UUID id) {
    return new PlanId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
