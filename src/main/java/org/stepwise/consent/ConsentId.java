package org.stepwise.consent;

import java.util.Objects;
import java.util.UUID;

/** Identifies one consent. */
public record ConsentId(UUID id) {
  public ConsentId {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
