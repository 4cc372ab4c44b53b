package org.stepwise.appointment.internal;

import java.time.Instant;
import java.util.Locale;
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
import org.stepwise.appointment.AppointmentId;
import org.stepwise.appointment.AppointmentReminderDue;
import org.stepwise.appointment.Attendance;
import org.stepwise.appointment.Mode;
import org.stepwise.caseload.CaseId;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;

/** An appointment: booked, then attended, cancelled or missed. */
@Table("appointment")
public class Appointment extends AbstractAggregateRoot<Appointment> {

  /** The shortest appointment, in minutes. */
  public static final int MIN_MINUTES = 5;

  /** The longest appointment, in minutes: a working day. */
  public static final int MAX_MINUTES = 480;

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
   * @throws ChangeRefused for a time not in the future ({@code on}), a length outside {@link
   *     #MIN_MINUTES} to {@link #MAX_MINUTES} ({@code minutes}), no way of meeting ({@code mode}),
   *     or no place for an in-person meeting ({@code place})
   */
  public static Appointment book(
      CaseId caseId,
      UUID referralId,
      UUID personId,
      String worker,
      Instant startsAt,
      int minutes,
      Mode mode,
      String place,
      Instant now) {
    if (startsAt == null || !startsAt.isAfter(now)) {
      throw ChangeRefused.onField("on", "appointment.on.future");
    }
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      throw ChangeRefused.onField("minutes", "appointment.minutes.range");
    }
    if (mode == null) {
      throw ChangeRefused.onField("mode", "appointment.mode.required");
    }
    if (mode == Mode.IN_PERSON && (place == null || place.isBlank())) {
      throw ChangeRefused.onField("place", "appointment.place.required");
    }
    var a =
        new Appointment(
            UUID.randomUUID(),
            null,
            caseId.id(),
            referralId,
            personId,
            worker,
            startsAt,
            minutes,
            mode,
            place == null || place.isBlank() ? null : place.trim(),
            Attendance.BOOKED);
    a.registerEvent(
        new AppointmentBooked(
            a.appointmentId(), caseId, new ReferralId(referralId), startsAt, minutes, mode));
    return a;
  }

  /**
   * Records what happened. Only a booked appointment can be recorded, once its time has come for
   * attendance.
   *
   * @throws ChangeRefused on {@code attendance} when it is already recorded, for no outcome, or for
   *     attended or not before the appointment has started
   */
  public void record(Attendance outcome, String withNote, Instant now) {
    if (attendance != Attendance.BOOKED) {
      throw ChangeRefused.onField(
          "attendance",
          "appointment.attendance.already",
          attendance.label().toLowerCase(Locale.UK));
    }
    if (outcome == null || outcome == Attendance.BOOKED) {
      throw ChangeRefused.onField("attendance", "appointment.attendance.required");
    }
    if ((outcome == Attendance.ATTENDED || outcome == Attendance.DID_NOT_ATTEND)
        && startsAt.isAfter(now)) {
      throw ChangeRefused.onField("attendance", "appointment.attendance.notYet");
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
        new AppointmentReminderDue(
            appointmentId(),
            new CaseId(careCaseId),
            new ReferralId(referralId),
            startsAt,
            minutes,
            mode));
    return true;
  }

  /**
   * Whether booking these details would book this appointment again (a second press of the button):
   * still booked, at the same time, as long, the same way and in the same place.
   */
  public boolean isBookingOf(Instant startsAt, int minutes, Mode mode, String place) {
    return attendance == Attendance.BOOKED
        && this.startsAt.equals(startsAt)
        && this.minutes == minutes
        && this.mode == mode
        && java.util.Objects.equals(
            this.place, place == null || place.isBlank() ? null : place.trim());
  }

  public UUID id() {
    return id;
  }

  public AppointmentId appointmentId() {
    return new AppointmentId(id);
  }

  public CaseId caseId() {
    return new CaseId(careCaseId);
  }

  public UUID referralId() {
    return referralId;
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

  /** The events registered and not yet published: for tests in this package. */
  java.util.List<Object> registeredEvents() {
    return java.util.List.copyOf(domainEvents());
  }
}
