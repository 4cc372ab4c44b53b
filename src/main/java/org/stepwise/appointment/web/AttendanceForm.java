package org.stepwise.appointment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.stepwise.appointment.Appointments;
import org.stepwise.appointment.Attendance;

/**
 * What happened at an appointment, exactly as typed.
 *
 * @param attendance one of {@link Attendance#outcomes()}, by name
 * @param note optional
 */
record AttendanceForm(
    @NotBlank(message = "{appointment.attendance.required}") String attendance,
    @Size(max = Appointments.MAX_NOTE, message = "{appointment.note.size}") String note) {

  static final List<String> FIELD_ORDER = List.of("attendance", "note");

  static AttendanceForm empty() {
    return new AttendanceForm("", "");
  }

  /** Adds an error for an outcome not on the list. */
  void check(BindingResult result) {
    if (attendance != null && !attendance.isBlank() && outcome().isEmpty()) {
      BookingForm.reject(result, "attendance", "appointment.attendance.required");
    }
  }

  /** The outcome chosen; call only when {@link #check} found nothing. */
  Attendance chosen() {
    return outcome().orElseThrow();
  }

  private Optional<Attendance> outcome() {
    return Attendance.outcomes().stream()
        .filter(a -> attendance != null && a.name().equals(attendance.trim()))
        .findFirst();
  }
}
