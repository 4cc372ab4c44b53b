package org.stepwise.appointment;

import java.time.Instant;
import java.util.UUID;

/** One appointment. */
public record AppointmentView(
    UUID id,
    UUID caseId,
    String worker,
    String personName,
    Instant startsAt,
    int minutes,
    Mode mode,
    String place,
    Attendance attendance,
    String note) {}
