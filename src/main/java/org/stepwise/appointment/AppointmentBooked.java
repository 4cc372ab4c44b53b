package org.stepwise.appointment;

import java.time.Instant;
import org.stepwise.caseload.CaseId;
import org.stepwise.referral.ReferralId;

/**
 * An appointment was booked; the person is sent the details. Carries ids and the time only: a
 * listener that needs where it is reads it with {@link Appointments#place(AppointmentId)}, so no
 * words about the person are kept in the event table.
 */
public record AppointmentBooked(
    AppointmentId appointmentId,
    CaseId caseId,
    ReferralId referralId,
    Instant startsAt,
    int minutes,
    Mode mode) {}
