package org.stepwise.staff;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a sign-in account. Binds from a path variable or request parameter through {@link
 * #of(String)} (Spring's conversion finds it); a malformed id is a request for a page that does not
 * exist.
 */
public record StaffId(UUID id) {

  public StaffId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static StaffId of(String text) {
    return new StaffId(UUID.fromString(text.trim()));
  }

  public static StaffId of(UUID id) {
    return new StaffId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
