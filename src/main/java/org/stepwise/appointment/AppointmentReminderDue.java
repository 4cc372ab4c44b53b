package org.stepwise.appointment;

import java.time.Instant;
import java.util.UUID;

/** An appointment is tomorrow: remind the person. */
public record AppointmentReminderDue(
    UUID appointmentId,
    UUID caseId,
    UUID referralId,
    Instant startsAt,
    int minutes,
    Mode mode,
    String place) {}
