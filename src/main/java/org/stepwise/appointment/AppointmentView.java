package org.stepwise.appointment;

import java.time.Instant;
import org.stepwise.caseload.CaseId;

/** One appointment. */
public record AppointmentView(
    AppointmentId id,
    CaseId caseId,
    String worker,
    String personName,
    Instant startsAt,
    int minutes,
    Mode mode,
    String place,
    Attendance attendance,
    String note) {

  /** Whether nothing has been recorded yet. */
  public boolean booked() {
    return attendance == Attendance.BOOKED;
  }
}
