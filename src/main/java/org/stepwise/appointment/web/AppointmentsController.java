package org.stepwise.appointment.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.appointment.AppointmentId;
import org.stepwise.appointment.AppointmentView;
import org.stepwise.appointment.Appointments;
import org.stepwise.appointment.Attendance;
import org.stepwise.appointment.Mode;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.DateField;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

/**
 * A case's appointments with booking one, recording what happened at one (on its own page), and the
 * worker's week.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class AppointmentsController {

  private final Appointments appointments;
  private final Cases cases;
  private final MessageSource messages;
  private final Clock clock;

  AppointmentsController(
      Appointments appointments, Cases cases, MessageSource messages, Clock clock) {
    this.appointments = appointments;
    this.cases = cases;
    this.messages = messages;
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
  String forCase(@PathVariable CaseId id, Model model) {
    return casePage(findCase(id), BookingForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/appointments")
  String book(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") BookingForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = findCase(id);
    form.check(result);
    if (ChangeRefused.tryChange(
        result,
        () -> appointments.book(id, form.startsAt(), form.length(), form.chosen(), form.place()))) {
      redirect.addFlashAttribute("done", messages.getMessage("appointment.booked", null, locale));
      return "redirect:/cases/" + id + "/appointments";
    }
    return casePage(
        c, form, ErrorSummary.of(result, messages, locale, BookingForm.FIELD_ORDER), model);
  }

  @GetMapping("/appointments/{id}/attendance")
  String attendancePage(@PathVariable AppointmentId id, Model model) {
    var appointment = findAppointment(id);
    if (!appointment.booked()) {
      return "redirect:/cases/" + appointment.caseId() + "/appointments";
    }
    return attendancePage(appointment, AttendanceForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/appointments/{id}/attendance")
  String attendance(
      @PathVariable AppointmentId id,
      @Valid @ModelAttribute("form") AttendanceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var appointment = findAppointment(id);
    form.check(result);
    if (ChangeRefused.tryChange(
        result, () -> appointments.record(id, form.chosen(), form.note()))) {
      redirect.addFlashAttribute(
          "done",
          messages.getMessage(
              "appointment.recorded",
              new Object[] {form.chosen().label().toLowerCase(Locale.UK)},
              locale));
      return "redirect:/cases/" + appointment.caseId() + "/appointments";
    }
    return attendancePage(
        appointment,
        form,
        ErrorSummary.of(result, messages, locale, AttendanceForm.FIELD_ORDER),
        model);
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
    // Another worker's diary for their manager, or a colleague covering for them (the service
    // refuses anyone else).
    var list = appointments.week(worker, monday);
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

  private String casePage(CaseView c, BookingForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("appointments", appointments.forCase(c.id()));
    model.addAttribute("modes", Choice.of(Mode.values()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "appointment/case";
  }

  private String attendancePage(
      AppointmentView appointment, AttendanceForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", findCase(appointment.caseId()));
    model.addAttribute("a", appointment);
    model.addAttribute("outcomes", Choice.of(Attendance.outcomes()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "appointment/attendance";
  }

  private CaseView findCase(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }

  private AppointmentView findAppointment(AppointmentId id) {
    return appointments.find(id).orElseThrow(() -> new RecordNotFound("appointment"));
  }
}
