package org.stepwise.caseload;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a case. Binds from a path variable or request parameter through {@link #of(String)}
 * (Spring's conversion finds it); a malformed id is a request for a page that does not exist.
 */
public record CaseId(UUID id) {

  public CaseId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static CaseId of(String text) {
    return new CaseId(UUID.fromString(text.trim()));
  }

  public static CaseId of(UUID id) {
    return new CaseId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
