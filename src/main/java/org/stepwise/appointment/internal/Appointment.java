package org.stepwise.appointment.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.appointment.AppointmentBooked;
import org.stepwise.appointment.AppointmentReminderDue;
import org.stepwise.appointment.Attendance;
import org.stepwise.appointment.Mode;

/** An appointment: booked, then attended, cancelled or missed. */
@Table("appointment")
public class Appointment extends AbstractAggregateRoot<Appointment> {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID careCaseId;
  private final UUID referralId;
  private final UUID personId;
  private final String worker;
  private final Instant startsAt;
  private final int minutes;
  private final Mode mode;
  private final String place;
  private Attendance attendance;
  private String note;
  private boolean reminderSent;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Appointment(
      UUID id,
      UUID organisationId,
      UUID careCaseId,
      UUID referralId,
      UUID personId,
      String worker,
      Instant startsAt,
      int minutes,
      Mode mode,
      String place,
      Attendance attendance) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.referralId = referralId;
    this.personId = personId;
    this.worker = worker;
    this.startsAt = startsAt;
    this.minutes = minutes;
    this.mode = mode;
    this.place = place;
    this.attendance = attendance;
  }

  /**
   * Books an appointment in the future.
   *
   * @throws IllegalArgumentException for a time in the past, an odd length, or no place for an
   *     in-person meeting
   */
  public static Appointment book(
      UUID caseId,
      UUID referralId,
      UUID personId,
      String worker,
      Instant startsAt,
      int minutes,
      Mode mode,
      String place,
      Instant now) {
    if (startsAt == null || !startsAt.isAfter(now)) {
      throw new IllegalArgumentException("The appointment must be in the future");
    }
    if (minutes < 5 || minutes > 480) {
      throw new IllegalArgumentException("The length must be from 5 minutes to 8 hours");
    }
    if (mode == null) {
      throw new IllegalArgumentException("Choose how the appointment happens");
    }
    if (mode == Mode.IN_PERSON && (place == null || place.isBlank())) {
      throw new IllegalArgumentException("Say where the appointment is");
    }
    var a =
        new Appointment(
            UUID.randomUUID(),
            null,
            caseId,
            referralId,
            personId,
            worker,
            startsAt,
            minutes,
            mode,
            place == null || place.isBlank() ? null : place.trim(),
            Attendance.BOOKED);
    a.registerEvent(
        new AppointmentBooked(a.id, caseId, referralId, startsAt, minutes, mode, a.place));
    return a;
  }

  /**
   * Records what happened. Only a booked appointment can be recorded, once its time has come for
   * attendance.
   */
  public void record(Attendance outcome, String withNote, Instant now) {
    if (attendance != Attendance.BOOKED) {
      throw new IllegalStateException(
          "This appointment has already been recorded as " + attendance.label().toLowerCase());
    }
    if (outcome == null || outcome == Attendance.BOOKED) {
      throw new IllegalArgumentException("Choose what happened");
    }
    if ((outcome == Attendance.ATTENDED || outcome == Attendance.DID_NOT_ATTEND)
        && startsAt.isAfter(now)) {
      throw new IllegalArgumentException(
          "Attendance can be recorded once the appointment has started");
    }
    attendance = outcome;
    note = withNote == null || withNote.isBlank() ? null : withNote.trim();
  }

  /** Marks the reminder as due (once). */
  public boolean remind() {
    if (reminderSent || attendance != Attendance.BOOKED) {
      return false;
    }
    reminderSent = true;
    registerEvent(
        new AppointmentReminderDue(id, careCaseId, referralId, startsAt, minutes, mode, place));
    return true;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return careCaseId;
  }

  public UUID personId() {
    return personId;
  }

  public String worker() {
    return worker;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public int minutes() {
    return minutes;
  }

  public Mode mode() {
    return mode;
  }

  public String place() {
    return place;
  }

  public Attendance attendance() {
    return attendance;
  }

  public String note() {
    return note;
  }
}
