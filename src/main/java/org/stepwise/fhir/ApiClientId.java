package org.stepwise.fhir;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a registered API client (its record, not the OAuth 2.0 client id it sends). Binds from
 * a path variable or request parameter through {@link #of(String)} (Spring's conversion finds it);
 * a malformed id is a request for a page that does not exist.
 */
public record ApiClientId(UUID id) {

  public ApiClientId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static ApiClientId of(String text) {
    return new ApiClientId(UUID.fromString(text.trim()));
  }

  public static ApiClientId of(UUID id) {
    return new ApiClientId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
