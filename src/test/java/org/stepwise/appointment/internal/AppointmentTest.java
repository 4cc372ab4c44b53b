package org.stepwise.appointment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.appointment.Attendance;
import org.stepwise.appointment.Mode;

/** What happened at an appointment, without Spring: recorded once, and only when it can be. */
class AppointmentTest {

  private static final Instant STARTS = Instant.parse("2026-12-02T10:00:00Z");

  private static Appointment booked() {
    return new Appointment(
        UUID.randomUUID(),
        null,
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "practitioner",
        STARTS,
        45,
        Mode.PHONE,
        null,
        Attendance.BOOKED);
  }

  @Test
  void attendanceIsRecordedOnceTheAppointmentHasStarted() {
    var appointment = booked();
    appointment.record(Attendance.ATTENDED, "  Went well  ", STARTS.plus(Duration.ofMinutes(5)));
    assertThat(appointment.attendance()).isEqualTo(Attendance.ATTENDED);
    assertThat(appointment.note()).isEqualTo("Went well");
  }

  @Test
  void attendingOrNotAttendingCannotBeRecordedBeforeItStarts() {
    var early = STARTS.minus(Duration.ofHours(1));
    assertThatThrownBy(() -> booked().record(Attendance.ATTENDED, null, early))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> booked().record(Attendance.DID_NOT_ATTEND, null, early))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCancellationCanBeRecordedBeforeItStarts() {
    var appointment = booked();
    appointment.record(Attendance.CANCELLED_BY_PERSON, " ", STARTS.minus(Duration.ofDays(1)));
    assertThat(appointment.attendance()).isEqualTo(Attendance.CANCELLED_BY_PERSON);
    assertThat(appointment.note()).as("blank note is none").isNull();
  }

  @Test
  void aRecordedAppointmentCannotBeRecordedAgain() {
    var appointment = booked();
    appointment.record(Attendance.DID_NOT_ATTEND, null, STARTS.plus(Duration.ofHours(1)));
    assertThatThrownBy(
            () -> appointment.record(Attendance.ATTENDED, null, STARTS.plus(Duration.ofHours(2))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(appointment.attendance()).isEqualTo(Attendance.DID_NOT_ATTEND);
  }

  @Test
  void neitherNothingNorBookedIsAnOutcome() {
    var later = STARTS.plus(Duration.ofHours(1));
    assertThatThrownBy(() -> booked().record(null, null, later))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> booked().record(Attendance.BOOKED, null, later))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
