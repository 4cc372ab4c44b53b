package org.stepwise.benefits;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a better-off estimate made on a case. Binds from a path variable through {@link
 * #of(String)} (Spring's conversion finds it); a malformed id is a request for a page that does not
 * exist.
 */
public record BetterOffEstimateId(UUID id) {

  public BetterOffEstimateId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static BetterOffEstimateId of(String text) {
    return new BetterOffEstimateId(UUID.fromString(text.trim()));
  }

  public static BetterOffEstimateId of(UUID id) {
    return new BetterOffEstimateId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
