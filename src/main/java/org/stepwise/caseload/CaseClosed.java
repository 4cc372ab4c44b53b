package org.stepwise.caseload;

import java.time.Instant;
import java.util.UUID;

/** A case closed (the person was discharged), with the outcome. */
public record CaseClosed(UUID caseId, UUID referralId, UUID personId, Outcome outcome, Instant at) {}
