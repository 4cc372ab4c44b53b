package org.stepwise.assessment;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a fit note recorded for a person. Binds from a path variable through {@link
 * #of(String)} (Spring's conversion finds it); a malformed id is a request for a page that does not
 * exist.
 */
public record FitNoteId(UUID id) {

  public FitNoteId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static FitNoteId of(String text) {
    return new FitNoteId(UUID.fromString(text.trim()));
  }

  public static FitNoteId of(UUID id) {
    return new FitNoteId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
