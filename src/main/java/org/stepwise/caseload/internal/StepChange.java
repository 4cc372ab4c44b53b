package org.stepwise.caseload.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** A move up or down a step. */
@Table("case_step_change")
public record StepChange(int fromStep, int toStep, String reason, Instant at, String byUser) {}
