package org.stepwise.caseload;

import java.time.Instant;

/**
 * Where a case stands, for the system that sent its referral.
 *
 * @param closedAt null while open
 * @param outcome null while open
 * @param summary the discharge summary, null if none
 */
public record CaseProgress(
    boolean open, Instant openedAt, Instant closedAt, Outcome outcome, String summary) {}
