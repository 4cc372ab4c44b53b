package org.stepwise.referral;

import java.util.Objects;
import java.util.UUID;

/** Identifies a referral. */
public record ReferralId(UUID id) {
  public ReferralId {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
