/**
 * Appointments with the person supported: in person, by phone or by video, separate from clinical
 * appointments; booking, reminders (sent by the correspondence module), attendance, a follow-up
 * work item after a missed appointment rather than discharge, and the worker's diary by week.
 * Publishes {@link org.stepwise.appointment.AppointmentBooked} and {@link
 * org.stepwise.appointment.AppointmentReminderDue}.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * caseload}, {@code person}, {@code referral}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Appointment",
    allowedDependencies = {"audit", "caseload", "person", "referral", "site"})
package org.stepwise.appointment;
