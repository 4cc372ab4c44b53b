package org.stepwise.triage;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one accepted referral's triage. Binds from a path variable or request parameter
 * through {@link #of(String)} (Spring's conversion finds it); a malformed id is a request for a
 * page that does not exist.
 */
public record TriageId(UUID id) {

  public TriageId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static TriageId of(String text) {
    return new TriageId(UUID.fromString(text.trim()));
  }

  public static TriageId of(UUID id) {
    return new TriageId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
