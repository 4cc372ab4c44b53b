package org.stepwise.person;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person supported by the service. */
public record PersonId(UUID id) {
  public PersonId {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
