package org.stepwise.appointment;

import java.time.Instant;
import org.stepwise.caseload.CaseId;
import org.stepwise.referral.ReferralId;

/**
 * An appointment is tomorrow: remind the person. Carries ids and the time only; where it is comes
 * from {@link Appointments#place(AppointmentId)}.
 */
public record AppointmentReminderDue(
    AppointmentId appointmentId,
    CaseId caseId,
    ReferralId referralId,
    Instant startsAt,
    int minutes,
    Mode mode) {}
