package org.stepwise.plan;

import java.time.Instant;
import java.util.UUID;

/** The person agreed their plan (a new numbered version). */
public record PlanAgreed(UUID planId, UUID caseId, UUID referralId, int version, Instant at) {}
