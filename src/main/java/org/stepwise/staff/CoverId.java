package org.stepwise.staff;

import java.util.Objects;
import java.util.UUID;

/** Identifies one arrangement for a worker to cover another's caseload. */
public record CoverId(UUID id) {

  public CoverId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static CoverId of(String text) {
    return new CoverId(UUID.fromString(text.trim()));
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
