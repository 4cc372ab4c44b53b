package org.stepwise.caseload;

import java.time.Instant;

/** A case moved up or down a step (the reason is kept on the case, not in the event). */
public record CaseStepChanged(CaseId caseId, int fromStep, int toStep, Instant at) {}
