package org.stepwise.caseload.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
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
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.Teams;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;
import org.stepwise.site.RecordPanel;
import org.stepwise.site.TimelineSource;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.Triage;
import org.stepwise.triage.TriageId;

/** Opening a case, the case's page, handing it to another worker, acknowledging a handover. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class CasesController {

  private final Cases cases;
  private final Teams teams;
  private final Triage triage;
  private final StaffDirectory staff;
  private final List<RecordPanel> panels;
  private final List<TimelineSource> timelines;
  private final MessageSource messages;

  CasesController(
      Cases cases,
      Teams teams,
      Triage triage,
      StaffDirectory staff,
      List<RecordPanel> panels,
      List<TimelineSource> timelines,
      MessageSource messages) {
    this.cases = cases;
    this.teams = teams;
    this.triage = triage;
    this.staff = staff;
    this.panels = panels;
    this.timelines = timelines;
    this.messages = messages;
  }

  @GetMapping("/cases/new")
  String openPage(@RequestParam TriageId triage, Model model) {
    return openForm(triage, OpenCaseForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/new")
  String open(
      @RequestParam TriageId triage,
      @Valid @ModelAttribute("form") OpenCaseForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        var id = cases.open(triage, form.worker(), form.overLimitReason());
        redirect.addFlashAttribute(
            "done", messages.getMessage("case.opened", new Object[] {name(form.worker())}, locale));
        return "redirect:/cases/" + id;
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return openForm(
        triage, form, ErrorSummary.of(result, messages, locale, OpenCaseForm.FIELD_ORDER), model);
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable CaseId id, Model model, Authentication user) {
    var view = find(id);
    model.addAttribute("c", view);
    model.addAttribute("isWorker", view.worker().equalsIgnoreCase(user.getName()));
    model.addAttribute(
        "timeline",
        timelines.stream()
            .flatMap(t -> t.entriesFor(view.referralId().id()).stream())
            .filter(e -> e.at() != null)
            .sorted(Comparator.comparing(TimelineSource.Entry::at).reversed())
            .limit(200)
            .toList());
    model.addAttribute(
        "panels",
        panels.stream()
            .map(p -> p.panelFor(view.referralId().id(), view.personId().id()))
            .filter(Objects::nonNull)
            .toList());
    return "caseload/case";
  }

  /** A one-button action: a second click changes nothing and says the same. */
  @PostMapping("/cases/{id}/acknowledge")
  String acknowledge(@PathVariable CaseId id, Locale locale, RedirectAttributes redirect) {
    cases.acknowledgeHandover(id);
    redirect.addFlashAttribute(
        "done", messages.getMessage("case.handover.acknowledged", null, locale));
    return "redirect:/cases/" + id;
  }

  @GetMapping("/cases/{id}/reassign")
  String reassignPage(@PathVariable CaseId id, Model model) {
    return reassignForm(find(id), ReassignForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/reassign")
  String reassign(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") ReassignForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var view = find(id);
    if (ChangeRefused.tryChange(
        result,
        () ->
            cases.reassign(
                id, form.worker(), form.reason(), form.handoverNote(), form.overLimitReason()))) {
      redirect.addFlashAttribute("done", messages.getMessage("case.reassign.done", null, locale));
      return "redirect:/cases/" + id;
    }
    return reassignForm(
        view, form, ErrorSummary.of(result, messages, locale, ReassignForm.FIELD_ORDER), model);
  }

  private String openForm(TriageId triageId, OpenCaseForm form, ErrorSummary errors, Model model) {
    model.addAttribute(
        "triage", triage.find(triageId).orElseThrow(() -> new RecordNotFound("triage")));
    model.addAttribute(
        "options",
        teams.options(triageId).stream()
            .map(
                o ->
                    new Choice(
                        o.username(),
                        o.displayName(),
                        o.active()
                            + " of "
                            + o.limit()
                            + " cases"
                            + (o.hasRoom() ? "" : " (full)")
                            + (o.skillMatch() ? ". Trained in their condition" : "")))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "caseload/open";
  }

  private String reassignForm(CaseView c, ReassignForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute(
        "workers",
        staff.workers().stream()
            .filter(w -> !w.username().equalsIgnoreCase(c.worker()))
            .map(w -> Choice.of(w.username(), w.displayName()))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "caseload/reassign";
  }

  private String name(String worker) {
    return staff.worker(worker).map(w -> w.displayName()).orElse(worker);
  }

  private CaseView find(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }
}
