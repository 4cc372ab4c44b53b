package org.stepwise.appointment.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.appointment.Appointments;
import org.stepwise.appointment.Attendance;
import org.stepwise.appointment.Mode;
import org.stepwise.caseload.Caseloads;
import org.stepwise.site.DateField;
import org.stepwise.site.DateInput;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;

/** Booking appointments on a case, recording attendance, and the worker's week. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class AppointmentsController {

  private final Appointments appointments;
  private final Caseloads caseloads;
  private final Clock clock;

  AppointmentsController(Appointments appointments, Caseloads caseloads, Clock clock) {
    this.appointments = appointments;
    this.caseloads = caseloads;
    this.clock = clock;
  }

  @Bean
  static NavigationItem diaryNavigation() {
    return new NavigationItem(
        "Diary",
        "/diary",
        Set.of("PRACTITIONER", "MANAGER"),
        7,
        "Your appointments, week by week.");
  }

  @GetMapping("/cases/{id}/appointments")
  String forCase(@PathVariable UUID id, Model model) {
    return page(id, Map.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/appointments")
  String book(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var errors = new ArrayList<ErrorSummary.Entry>();
    var day = DateInput.parse(values, "on");
    if (day != null && (day.isBefore(DateField.EARLIEST) || day.isAfter(DateField.LATEST))) {
      day = null;
    }
    if (day == null) {
      errors.add(
          new ErrorSummary.Entry(
              "on", "on-day", "Enter the date of the appointment as a real date"));
    }
    LocalTime time = null;
    try {
      time = LocalTime.parse(values.getOrDefault("time", "").trim());
    } catch (DateTimeParseException e) {
      errors.add(
          new ErrorSummary.Entry("time", "time", "Enter the time in 24-hour format, like 14:30"));
    }
    Integer minutes = null;
    try {
      minutes = Integer.valueOf(values.getOrDefault("minutes", "").trim());
    } catch (NumberFormatException e) {
      errors.add(
          new ErrorSummary.Entry("minutes", "minutes", "Enter the length in minutes, like 45"));
    }
    Mode mode = null;
    try {
      mode = Mode.valueOf(values.getOrDefault("mode", ""));
    } catch (IllegalArgumentException e) {
      errors.add(
          new ErrorSummary.Entry("mode", "mode-IN_PERSON", "Choose how the appointment happens"));
    }
    if (errors.isEmpty()) {
      try {
        appointments.book(
            id,
            day.atTime(time).atZone(Appointments.LONDON).toInstant(),
            minutes,
            mode,
            values.get("place"));
        redirect.addFlashAttribute(
            "done",
            "Appointment booked. The person will be sent the details, if they agreed to be contacted.");
        return "redirect:/cases/" + id + "/appointments";
      } catch (IllegalArgumentException | IllegalStateException e) {
        errors.add(new ErrorSummary.Entry("on", "on-day", e.getMessage()));
      }
    }
    return page(id, values, ErrorSummary.of(errors), model);
  }

  @PostMapping("/appointments/{id}/attendance")
  String attendance(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    var appointment =
        appointments.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    try {
      appointments.record(
          id, Attendance.valueOf(values.getOrDefault("attendance", "")), values.get("note"));
      redirect.addFlashAttribute("done", "Recorded.");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute(
          "problem",
          e.getMessage() == null || e.getMessage().startsWith("No enum")
              ? "Choose what happened"
              : e.getMessage());
    }
    return "redirect:/cases/" + appointment.caseId() + "/appointments";
  }

  @GetMapping("/diary")
  String diary(
      @RequestParam(required = false) String week,
      @RequestParam(required = false) String worker,
      Model model,
      Authentication user) {
    var today = LocalDate.now(clock.withZone(Appointments.LONDON));
    LocalDate day;
    try {
      day = week == null ? today : LocalDate.parse(week);
    } catch (DateTimeParseException e) {
      day = today;
    }
    if (day.isBefore(DateField.EARLIEST.plusWeeks(1))
        || day.isAfter(DateField.LATEST.minusWeeks(1))) {
      day = today;
    }
    var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    boolean manager =
        user.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
    var list = appointments.week(manager ? worker : null, monday);
    var days = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 7; i++) {
      var d = monday.plusDays(i);
      days.add(
          Map.of(
              "day",
              d,
              "appointments",
              list.stream()
                  .filter(a -> a.startsAt().atZone(Appointments.LONDON).toLocalDate().equals(d))
                  .toList()));
    }
    model.addAttribute("monday", monday);
    model.addAttribute("days", days);
    model.addAttribute("previous", monday.minusWeeks(1));
    model.addAttribute("next", monday.plusWeeks(1));
    return "appointment/diary";
  }

  private String page(UUID caseId, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute(
        "c",
        caseloads
            .find(caseId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("appointments", appointments.forCase(caseId));
    model.addAttribute("modes", Mode.values());
    model.addAttribute(
        "attendances",
        java.util.List.of(
            Attendance.ATTENDED,
            Attendance.DID_NOT_ATTEND,
            Attendance.CANCELLED_BY_PERSON,
            Attendance.CANCELLED_BY_SERVICE));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "appointment/case";
  }
}
