package org.stepwise.appointment;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an appointment. Binds from a path variable or request parameter through {@link
 * #of(String)} (Spring's conversion finds it); a malformed id is a request for a page that does not
 * exist.
 */
public record AppointmentId(UUID id) {

  public AppointmentId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static AppointmentId of(String text) {
    return new AppointmentId(UUID.fromString(text.trim()));
  }

  public static AppointmentId of(UUID id) {
    return new AppointmentId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
