package org.stepwise.benefits;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a set of benefit rules. Binds from a path variable through {@link #of(String)}
 * (Spring's conversion finds it); a malformed id is a request for a page that does not exist.
 */
public record RuleSetId(UUID id) {

  public RuleSetId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static RuleSetId of(String text) {
    return new RuleSetId(UUID.fromString(text.trim()));
  }

  public static RuleSetId of(UUID id) {
    return new RuleSetId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
