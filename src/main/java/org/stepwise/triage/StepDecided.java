package org.stepwise.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * A practitioner decided the step for an accepted referral; the person now waits for it.
 *
 * @param overridden the decision differs from the suggestion
 */
public record StepDecided(
    UUID triageId,
    UUID referralId,
    UUID personId,
    UUID programmeId,
    int step,
    boolean overridden,
    Instant at) {}
