package org.stepwise.caseload;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a work item on a case. Binds from a path variable through {@link #of(String)}
 * (Spring's conversion finds it); a malformed id is a request for a page that does not exist.
 */
public record WorkItemId(UUID id) {

  public WorkItemId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static WorkItemId of(String text) {
    return new WorkItemId(UUID.fromString(text.trim()));
  }

  public static WorkItemId of(UUID id) {
    return new WorkItemId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
