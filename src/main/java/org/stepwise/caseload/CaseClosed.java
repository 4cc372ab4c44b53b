package org.stepwise.caseload;

import java.time.Instant;
import java.util.UUID;

/**
 * A case closed (the person was discharged), with the outcome. Carries ids only: a listener that
 * needs the worker's discharge summary reads it with {@link Cases#closingSummary(CaseId)}.
 */
public record CaseClosed(
    CaseId caseId, UUID referralId, UUID personId, Outcome outcome, Instant at) {}
