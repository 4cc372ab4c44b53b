package org.stepwise.appointment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.appointment.AppointmentBooked;
import org.stepwise.appointment.Attendance;
import org.stepwise.appointment.Mode;
import org.stepwise.caseload.CaseId;
import org.stepwise.site.ChangeRefused;

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
        .isInstanceOfSatisfying(ChangeRefused.class, refusal("appointment.attendance.notYet"));
    assertThatThrownBy(() -> booked().record(Attendance.DID_NOT_ATTEND, null, early))
        .isInstanceOfSatisfying(ChangeRefused.class, refusal("appointment.attendance.notYet"));
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
        .isInstanceOfSatisfying(ChangeRefused.class, refusal("appointment.attendance.already"));
    assertThat(appointment.attendance()).isEqualTo(Attendance.DID_NOT_ATTEND);
  }

  @Test
  void neitherNothingNorBookedIsAnOutcome() {
    var later = STARTS.plus(Duration.ofHours(1));
    assertThatThrownBy(() -> booked().record(null, null, later))
        .isInstanceOfSatisfying(ChangeRefused.class, refusal("appointment.attendance.required"));
    assertThatThrownBy(() -> booked().record(Attendance.BOOKED, null, later))
        .isInstanceOfSatisfying(ChangeRefused.class, refusal("appointment.attendance.required"));
  }

  @Test
  void aBookingBreakingARuleIsRefusedBesideTheFieldItIsAbout() {
    var caseId = CaseId.of(UUID.randomUUID());
    var now = STARTS.minus(Duration.ofDays(1));
    assertThatThrownBy(
            () ->
                Appointment.book(
                    caseId,
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "p",
                    now,
                    45,
                    Mode.PHONE,
                    null,
                    now))
        .isInstanceOfSatisfying(ChangeRefused.class, refusal("on", "appointment.on.future"));
    assertThatThrownBy(
            () ->
                Appointment.book(
                    caseId,
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "p",
                    STARTS,
                    4,
                    Mode.PHONE,
                    null,
                    now))
        .isInstanceOfSatisfying(
            ChangeRefused.class, refusal("minutes", "appointment.minutes.range"));
    assertThatThrownBy(
            () ->
                Appointment.book(
                    caseId,
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "p",
                    STARTS,
                    45,
                    Mode.IN_PERSON,
                    " ",
                    now))
        .isInstanceOfSatisfying(
            ChangeRefused.class, refusal("place", "appointment.place.required"));
  }

  @Test
  void aBookingAnnouncesItselfWithIdsAndTimesButNotWhereItIs() {
    var booked =
        Appointment.book(
            CaseId.of(UUID.randomUUID()),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "p",
            STARTS,
            45,
            Mode.IN_PERSON,
            " Room 4 ",
            STARTS.minus(Duration.ofDays(1)));
    assertThat(booked.place()).isEqualTo("Room 4");
    assertThat(booked.registeredEvents())
        .singleElement()
        .isInstanceOfSatisfying(
            AppointmentBooked.class,
            event -> {
              assertThat(event.appointmentId()).isEqualTo(booked.appointmentId());
              assertThat(event.toString()).doesNotContain("Room 4");
            });
  }

  private static java.util.function.Consumer<ChangeRefused> refusal(String key) {
    return refusal("attendance", key);
  }

  private static java.util.function.Consumer<ChangeRefused> refusal(String field, String key) {
    return refused -> {
      assertThat(refused.field()).isEqualTo(field);
      assertThat(refused.messageKey()).isEqualTo(key);
    };
  }
}
