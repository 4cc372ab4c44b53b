package org.stepwise.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.appointment.internal.Appointment;
import org.stepwise.appointment.internal.AppointmentRepository;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.person.People;
import org.stepwise.person.PersonId;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;

/**
 * Booking appointments on a case, recording attendance, and the worker's diary. A missed
 * appointment raises a follow-up on the case; it never closes the case by itself.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Appointments {

  public static final ZoneId LONDON = Dates.LONDON;

  /** The shortest appointment, in minutes. */
  public static final int MIN_MINUTES = Appointment.MIN_MINUTES;

  /** The longest appointment, in minutes. */
  public static final int MAX_MINUTES = Appointment.MAX_MINUTES;

  /** The longest place (or video link) kept, in characters. */
  public static final int MAX_PLACE = 500;

  /** The longest note on what happened, in characters. */
  public static final int MAX_NOTE = 2000;

  private final AppointmentRepository appointments;
  private final Cases cases;
  private final Caseloads caseloads;
  private final People people;
  private final AuditLog auditLog;
  private final Clock clock;

  Appointments(
      AppointmentRepository appointments,
      Cases cases,
      Caseloads caseloads,
      People people,
      AuditLog auditLog,
      Clock clock) {
    this.appointments = appointments;
    this.cases = cases;
    this.caseloads = caseloads;
    this.people = people;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Books an appointment with the case's named worker; the person is sent the details. The same
   * booking made again (the button pressed twice) books nothing more and returns the first.
   *
   * @throws RecordNotFound when there is no such case
   * @throws ChangeRefused when the case is closed, it already has a different appointment booked at
   *     that time ({@code time}), or the appointment breaks a rule of {@link Appointment#book}
   */
  @Transactional
  public AppointmentId book(CaseId caseId, Instant startsAt, int minutes, Mode mode, String place) {
    var c = cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
    if (!c.open()) {
      throw new ChangeRefused("appointment.case.closed");
    }
    if (startsAt != null) {
      appointments.lockCase(caseId.id());
      for (var booked : appointments.findBookedForCaseAt(caseId.id(), startsAt)) {
        if (booked.isBookingOf(startsAt, minutes, mode, place)) {
          return booked.appointmentId();
        }
        throw ChangeRefused.onField("time", "appointment.time.taken");
      }
    }
    var booked =
        appointments.save(
            Appointment.book(
                caseId,
                c.referralId().id(),
                c.personId().id(),
                c.worker(),
                startsAt,
                minutes,
                mode,
                place,
                clock.instant()));
    auditLog.record(AuditAction.CREATE, "appointment", booked.id(), mode.name());
    return booked.appointmentId();
  }

  /**
   * Records attendance. After "did not attend", a follow-up is raised on the case for its worker:
   * get in touch, rather than close the case.
   *
   * @throws RecordNotFound when there is no such appointment
   * @throws ChangeRefused when it is already recorded, or the outcome cannot be recorded yet
   */
  @Transactional
  public void record(AppointmentId id, Attendance attendance, String note) {
    var a = appointments.findById(id.id()).orElseThrow(() -> new RecordNotFound("appointment"));
    cases.checkAccess(a.caseId());
    a.record(attendance, note, clock.instant());
    appointments.save(a);
    if (attendance == Attendance.DID_NOT_ATTEND) {
      caseloads.raiseWorkItem(
          a.caseId(),
          WorkItemKind.MISSED_APPOINTMENT,
          "Missed the appointment on "
              + Dates.date(a.startsAt())
              + ": get in touch to check they are all right and offer another",
          LocalDate.now(clock.withZone(LONDON)).plusDays(2),
          "missed:" + id);
    }
    auditLog.record(AuditAction.UPDATE, "appointment", id.id(), attendance.name());
  }

  /**
   * Where an appointment is (or its video link), for the letters about it; empty when it has no
   * place or there is no such appointment. For other modules' event listeners, which run with
   * nobody signed in.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Optional<String> place(AppointmentId id) {
    return appointments.findById(id.id()).map(Appointment::place);
  }

  /** A case's appointments, newest first. */
  @Transactional
  public List<AppointmentView> forCase(CaseId caseId) {
    cases.checkAccess(caseId);
    var found = appointments.findForCase(caseId.id());
    auditLog.recordAbout(
        AuditAction.READ, "appointments", caseId.id(), people(found), "case's appointments");
    return views(found);
  }

  private static List<java.util.UUID> people(List<Appointment> shown) {
    return shown.stream().map(a -> a.personId()).distinct().toList();
  }

  /** Appointments about a referral's case, newest first. */
  @Transactional
  public List<AppointmentView> forReferral(ReferralId referralId) {
    var found = appointments.findForReferral(referralId.id());
    if (found.isEmpty()) {
      return List.of();
    }
    cases.checkAccess(found.getFirst().caseId());
    auditLog.recordAbout(
        AuditAction.READ,
        "appointments",
        referralId.id(),
        people(found),
        "referral's appointments");
    return views(found);
  }

  @Transactional
  public Optional<AppointmentView> find(AppointmentId id) {
    var found = appointments.findById(id.id());
    found.ifPresent(
        a -> {
          cases.checkAccess(a.caseId());
          auditLog.recordAbout(
              AuditAction.READ, "appointment", id.id(), List.of(a.personId()), null);
        });
    return found.map(a -> views(List.of(a)).getFirst());
  }

  /**
   * A worker's appointments in the week starting on {@code monday}: the user's own, or a worker's
   * they manage or cover for.
   *
   * @throws RecordNotFound for anyone else's diary
   */
  @Transactional
  public List<AppointmentView> week(String worker, LocalDate monday) {
    String whose = worker == null || worker.isBlank() ? currentUser() : worker;
    if (!caseloads.maySeeWorkOf(whose)) {
      throw new RecordNotFound("diary");
    }
    var from = monday.atStartOfDay(LONDON).toInstant();
    var to = monday.plusDays(7).atStartOfDay(LONDON).toInstant();
    var found = appointments.findForWorker(whose, from, to);
    auditLog.recordAbout(AuditAction.READ, "diary", null, people(found), "diary of " + whose);
    return views(found);
  }

  /** Sends reminders for tomorrow's appointments, once each. Runs hourly. */
  @Scheduled(cron = "0 5 * * * *", zone = "Europe/London")
  @PreAuthorize("permitAll()")
  @Transactional
  public int remindTomorrow() {
    var now = clock.instant();
    int reminded = 0;
    for (var a : appointments.findNeedingReminder(now, now.plus(Duration.ofHours(36)))) {
      if (a.remind()) {
        appointments.save(a);
        reminded++;
      }
    }
    return reminded;
  }

  private List<AppointmentView> views(List<Appointment> list) {
    var names = people.summaries(list.stream().map(a -> new PersonId(a.personId())).toList());
    return list.stream()
        .map(
            a -> {
              var person = names.get(new PersonId(a.personId()));
              return new AppointmentView(
                  a.appointmentId(),
                  a.caseId(),
                  a.worker(),
                  person == null ? "Unknown" : person.fullName(),
                  a.startsAt(),
                  a.minutes(),
                  a.mode(),
                  a.place(),
                  a.attendance(),
                  a.note());
            })
        .toList();
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}
