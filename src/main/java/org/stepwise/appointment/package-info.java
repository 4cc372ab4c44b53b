/**
 * Appointments with the person supported: in person, by phone or by video, separate from clinical
 * appointments; booking, reminders (sent by the correspondence module), attendance, a follow-up
 * work item after a missed appointment rather than discharge, and the worker's diary by week.
 * Publishes {@link org.stepwise.appointment.AppointmentBooked} and {@link
 * org.stepwise.appointment.AppointmentReminderDue}.
 *
 * <p>Depends on {@code caseload} (cases and their work items), {@code audit}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointment")
package org.stepwise.appointment;
