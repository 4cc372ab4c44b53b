package org.stepwise.assessment;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a completed questionnaire. Binds from a path variable through {@link #of(String)}
 * (Spring's conversion finds it); a malformed id is a request for a page that does not exist.
 */
public record QuestionnaireResponseId(UUID id) {

  public QuestionnaireResponseId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static QuestionnaireResponseId of(String text) {
    return new QuestionnaireResponseId(UUID.fromString(text.trim()));
  }

  public static QuestionnaireResponseId of(UUID id) {
    return new QuestionnaireResponseId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
