package org.stepwise.triage;

import java.time.Instant;

/**
 * The version of a service's care steps (or of its step rules) a form is read at, and who saved it.
 *
 * @param number changes with every save; a change sent with an older one is refused. 0 while the
 *     service uses the defaults
 * @param savedAt when they were saved last, or null for the defaults
 * @param savedBy the username of whoever saved them last, or null for the defaults
 */
public record CareStepsVersion(long number, Instant savedAt, String savedBy) {

  /** The defaults, which no one has saved. */
  public static CareStepsVersion defaults() {
    return new CareStepsVersion(0, null, null);
  }
}
