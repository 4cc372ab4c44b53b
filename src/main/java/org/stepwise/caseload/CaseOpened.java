package org.stepwise.caseload;

import java.time.Instant;
import java.util.UUID;

/** A case was opened for someone who was waiting. */
public record CaseOpened(
    CaseId caseId,
    UUID referralId,
    UUID personId,
    UUID programmeId,
    int step,
    String worker,
    Instant at) {}
