package org.stepwise.assessment;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a link sent to a person to complete a questionnaire online. Binds from a path variable
 * through {@link #of(String)} (Spring's conversion finds it); a malformed id is a request for a
 * page that does not exist.
 */
public record QuestionnaireLinkId(UUID id) {

  public QuestionnaireLinkId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static QuestionnaireLinkId of(String text) {
    return new QuestionnaireLinkId(UUID.fromString(text.trim()));
  }

  public static QuestionnaireLinkId of(UUID id) {
    return new QuestionnaireLinkId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
