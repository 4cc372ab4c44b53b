package org.stepwise.triage;

import java.time.Instant;
import java.util.UUID;

/** A practitioner asked for "while you wait" information to be sent to someone waiting. */
public record WaitingInformationRequested(
    UUID triageId,
    UUID referralId,
    UUID personId,
    int step,
    String stepName,
    int waitTargetWeeks,
    String requestedBy,
    Instant at) {}
