package org.stepwise.programme;

import java.time.Instant;

/**
 * The version of a service's settings an edit form is read at, and who saved it.
 *
 * @param number changes with every save; an edit sent with an older one is refused
 * @param savedAt when it was saved last, or null
 * @param savedBy the username of whoever saved it last, or null
 */
public record ProgrammeVersion(long number, Instant savedAt, String savedBy) {}
