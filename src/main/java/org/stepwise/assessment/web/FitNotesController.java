package org.stepwise.assessment.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.assessment.FitNote;
import org.stepwise.assessment.FitNotes;
import org.stepwise.caseload.Caseloads;
import org.stepwise.site.DateInput;
import org.stepwise.site.ErrorSummary;

/** Fit notes from a case: the ones recorded, and a form to record another. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class FitNotesController {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final FitNotes fitNotes;
  private final Caseloads caseloads;

  FitNotesController(FitNotes fitNotes, Caseloads caseloads) {
    this.fitNotes = fitNotes;
    this.caseloads = caseloads;
  }

  @GetMapping("/cases/{id}/fit-notes")
  String show(@PathVariable UUID id, Model model) {
    return page(id, Map.of(), List.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/fit-notes")
  String record(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      @RequestParam(name = "advice", required = false) List<String> advice,
      Model model,
      RedirectAttributes redirect) {
    var chosen = advice == null ? List.<String>of() : advice;
    var errors = new ArrayList<ErrorSummary.Entry>();
    var assessedOn = DateInput.parse(values, "assessed");
    if (assessedOn == null) {
      errors.add(
          new ErrorSummary.Entry(
              "assessed", "assessed-day", "Enter the date of assessment as a real date"));
    }
    var conditions = values.getOrDefault("conditions", "").trim();
    if (conditions.isEmpty()) {
      errors.add(
          new ErrorSummary.Entry(
              "conditions", "conditions", "Enter the condition on the fit note"));
    }
    var verdict = choice(FitNote.Verdict.class, values.get("verdict"));
    if (verdict == null) {
      errors.add(
          new ErrorSummary.Entry(
              "verdict",
              "verdict-NOT_FIT",
              "Choose whether the note says not fit or may be fit for work"));
    }
    var from = DateInput.parse(values, "from");
    if (from == null) {
      errors.add(
          new ErrorSummary.Entry(
              "from", "from-day", "Enter the date the note covers from as a real date"));
    }
    var until = DateInput.blank(values, "until") ? null : DateInput.parse(values, "until");
    if (!DateInput.blank(values, "until") && until == null) {
      errors.add(
          new ErrorSummary.Entry(
              "until", "until-day", "Enter the end date as a real date, or leave it empty"));
    }
    var issuerName = values.getOrDefault("issuerName", "").trim();
    if (issuerName.isEmpty()) {
      errors.add(
          new ErrorSummary.Entry(
              "issuerName", "issuerName", "Enter the name of the person who issued it"));
    }
    var issuer = choice(FitNote.Issuer.class, values.get("issuer"));
    if (issuer == null) {
      errors.add(
          new ErrorSummary.Entry("issuer", "issuer-DOCTOR", "Choose the issuer's profession"));
    }
    var adviceSet = EnumSet.noneOf(FitNote.Advice.class);
    chosen.stream()
        .map(a -> choice(FitNote.Advice.class, a))
        .filter(a -> a != null)
        .forEach(adviceSet::add);
    if (errors.isEmpty()) {
      try {
        fitNotes.record(
            id,
            new FitNote(
                null,
                assessedOn,
                conditions,
                verdict,
                adviceSet,
                values.get("effects"),
                from,
                until,
                "yes".equals(values.get("reassess")),
                issuerName,
                issuer));
        redirect.addFlashAttribute("done", "Fit note recorded. It shows on the plan.");
        return "redirect:/cases/" + id + "/fit-notes";
      } catch (IllegalArgumentException e) {
        errors.add(
            e.getMessage().startsWith("The end")
                ? new ErrorSummary.Entry("until", "until-day", e.getMessage())
                : e.getMessage().startsWith("Advice")
                    ? new ErrorSummary.Entry("advice", "advice-PHASED_RETURN", e.getMessage())
                    : new ErrorSummary.Entry("assessed", "assessed-day", e.getMessage()));
      }
    }
    return page(id, values, chosen, ErrorSummary.of(errors), model);
  }

  private String page(
      UUID id, Map<String, String> values, List<String> advice, ErrorSummary errors, Model model) {
    model.addAttribute(
        "c",
        caseloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("notes", fitNotes.forCase(id));
    model.addAttribute("dates", LONG_DATE);
    model.addAttribute("verdicts", FitNote.Verdict.values());
    model.addAttribute("advices", FitNote.Advice.values());
    model.addAttribute("issuers", FitNote.Issuer.values());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("chosenAdvice", advice);
    model.addAttribute("errors", errors);
    return "assessment/fit-notes";
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value) {
    for (var constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    return null;
  }
}
