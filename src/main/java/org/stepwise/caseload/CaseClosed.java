package org.stepwise.caseload;

import java.time.Instant;
import java.util.UUID;

/**
 * A case closed (the person was discharged), with the outcome.
 *
 * @param summary the worker's discharge summary (what was done, what happens next); null if none
 *     was written
 */
public record CaseClosed(
    UUID caseId, UUID referralId, UUID personId, Outcome outcome, Instant at, String summary) {}
