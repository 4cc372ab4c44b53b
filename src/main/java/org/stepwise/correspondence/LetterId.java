package org.stepwise.correspondence;

import java.util.Objects;
import java.util.UUID;

/** Identifies one letter or email. */
public record LetterId(UUID id) {
  public LetterId {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
