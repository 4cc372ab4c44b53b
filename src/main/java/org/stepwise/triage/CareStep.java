package org.stepwise.triage;

import java.util.List;

/** One step of a service's stepped care, with its waiting-time target. */
public record CareStep(int number, String name, int waitTargetWeeks) {

  /** The steps every service starts with. */
  public static List<CareStep> defaults() {
    return List.of(
        new CareStep(1, "Information and signposting", 2),
        new CareStep(2, "Brief vocational advice, often by phone", 4),
        new CareStep(
            3,
            "Intensive support: case management, IPS or specialist vocational rehabilitation",
            6));
  }
}
