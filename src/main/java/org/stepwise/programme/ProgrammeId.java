package org.stepwise.programme;

import java.util.Objects;
import java.util.UUID;

/** Identifies a service (programme). */
public record ProgrammeId(UUID id) {
  public ProgrammeId {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
