package org.stepwise.appointment;

import java.time.Instant;
import java.util.UUID;

/** An appointment was booked; the person is sent the details. */
public record AppointmentBooked(
    UUID appointmentId,
    UUID caseId,
    UUID referralId,
    Instant startsAt,
    int minutes,
    Mode mode,
    String place) {}
