package org.stepwise.assessment.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.assessment.FitNote;
import org.stepwise.assessment.FitNotes;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/** Fit notes from a case: the ones recorded, and a form to record another. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class FitNotesController {

  private final FitNotes fitNotes;
  private final Cases cases;
  private final MessageSource messages;

  FitNotesController(FitNotes fitNotes, Cases cases, MessageSource messages) {
    this.fitNotes = fitNotes;
    this.cases = cases;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/fit-notes")
  String show(@PathVariable CaseId id, Model model) {
    return page(id, FitNoteForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/fit-notes")
  String record(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") FitNoteForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    form.check(result);
    if (ChangeRefused.tryChange(result, () -> fitNotes.record(id, form.toFitNote()))) {
      redirect.addFlashAttribute("done", messages.getMessage("fitNote.recorded", null, locale));
      return "redirect:/cases/" + id + "/fit-notes";
    }
    return page(
        id, form, ErrorSummary.of(result, messages, locale, FitNoteForm.FIELD_ORDER), model);
  }

  private String page(CaseId id, FitNoteForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", cases.find(id).orElseThrow(() -> new RecordNotFound("case")));
    model.addAttribute("notes", fitNotes.forCase(id));
    model.addAttribute("verdicts", Choice.of(FitNote.Verdict.values()));
    model.addAttribute("advices", Choice.of(FitNote.Advice.values()));
    model.addAttribute("issuers", Choice.of(FitNote.Issuer.values()));
    model.addAttribute("units", Choice.of(FitNote.Unit.values()));
    model.addAttribute(
        "periods",
        List.of(
            Choice.of(FitNoteForm.DATES, "From a date to a date"),
            new Choice(
                FitNoteForm.LENGTH,
                "For a length of time",
                "For example, \"for 2 weeks\". It starts on the date of statement.")));
    model.addAttribute("reassessOptions", List.of(Choice.of("yes", "Yes, they will")));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "assessment/fit-notes";
  }
}
