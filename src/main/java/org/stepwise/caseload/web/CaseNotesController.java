package org.stepwise.caseload.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseNotes;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.ContactType;
import org.stepwise.caseload.Topic;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.Dates;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/** Adding a note of a contact to a case, on its own page. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class CaseNotesController {

  private final Cases cases;
  private final CaseNotes notes;
  private final MessageSource messages;
  private final Clock clock;

  CaseNotesController(Cases cases, CaseNotes notes, MessageSource messages, Clock clock) {
    this.cases = cases;
    this.notes = notes;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/cases/{id}/notes/new")
  String newNote(@PathVariable CaseId id, Model model) {
    var c = find(id);
    if (c.closed()) {
      return "redirect:/cases/" + id;
    }
    return page(c, NoteForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/notes")
  String add(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") NoteForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = find(id);
    form.check(result, LocalDate.now(clock.withZone(Dates.LONDON)));
    if (ChangeRefused.tryChange(result, () -> notes.add(id, form.toNewNote()))) {
      redirect.addFlashAttribute("done", messages.getMessage("note.added", null, locale));
      return "redirect:/cases/" + id;
    }
    return page(c, form, ErrorSummary.of(result, messages, locale, NoteForm.FIELD_ORDER), model);
  }

  private String page(CaseView c, NoteForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("contactTypes", Choice.of(ContactType.values()));
    model.addAttribute("topics", Choice.of(Topic.values()));
    model.addAttribute("maxMinutes", CaseNotes.MAX_MINUTES);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "caseload/note";
  }

  private CaseView find(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }
}
