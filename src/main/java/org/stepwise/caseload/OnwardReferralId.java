package org.stepwise.caseload;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an onward referral made from a case. Binds from a path variable or request parameter
 * through {@link #of(String)} (Spring's conversion finds it); a malformed id is a request for a
 * page that does not exist.
 */
public record OnwardReferralId(UUID id) {

  public OnwardReferralId {
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static OnwardReferralId of(String text) {
    return new OnwardReferralId(UUID.fromString(text.trim()));
  }

  public static OnwardReferralId of(UUID id) {
    return new OnwardReferralId(id);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
