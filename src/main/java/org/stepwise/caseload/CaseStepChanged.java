package org.stepwise.caseload;

import java.time.Instant;
import java.util.UUID;

/** A case moved up or down a step, with the reason. */
public record CaseStepChanged(UUID caseId, int fromStep, int toStep, String reason, Instant at) {}
