package org.stepwise.caseload.web;

import jakarta.validation.Valid;
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
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.Outcome;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.DateField;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;
import org.stepwise.triage.Triage;

/** One page per change to a case: change the step, plan the next review, close the case. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class CaseChangesController {

  private final Cases cases;
  private final Triage triage;
  private final MessageSource messages;

  CaseChangesController(Cases cases, Triage triage, MessageSource messages) {
    this.cases = cases;
    this.triage = triage;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/step")
  String stepPage(@PathVariable CaseId id, Model model) {
    var c = find(id);
    if (c.closed()) {
      return "redirect:/cases/" + id;
    }
    return stepForm(c, StepForm.of(c.step()), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/step")
  String changeStep(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") StepForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = find(id);
    form.check(result);
    if (ChangeRefused.tryChange(
        result, () -> cases.changeStep(id, form.stepNumber(), form.reason()))) {
      redirect.addFlashAttribute("done", messages.getMessage("case.step.changed", null, locale));
      return "redirect:/cases/" + id;
    }
    return stepForm(
        c, form, ErrorSummary.of(result, messages, locale, StepForm.FIELD_ORDER), model);
  }

  @GetMapping("/cases/{id}/review")
  String reviewPage(@PathVariable CaseId id, Model model) {
    var c = find(id);
    if (c.closed()) {
      return "redirect:/cases/" + id;
    }
    return reviewForm(c, ReviewForm.of(c.nextReviewOn()), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/review")
  String planReview(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") ReviewForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = find(id);
    if (ChangeRefused.tryChange(
        result, () -> cases.planReview(id, DateField.dateIn(form.review())))) {
      redirect.addFlashAttribute("done", messages.getMessage("case.review.planned", null, locale));
      return "redirect:/cases/" + id;
    }
    return reviewForm(
        c, form, ErrorSummary.of(result, messages, locale, ReviewForm.FIELD_ORDER), model);
  }

  @GetMapping("/cases/{id}/close")
  String closePage(@PathVariable CaseId id, Model model) {
    var c = find(id);
    if (c.closed()) {
      return "redirect:/cases/" + id;
    }
    return closeForm(c, CloseForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/close")
  String close(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") CloseForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = find(id);
    form.check(result);
    if (ChangeRefused.tryChange(result, () -> cases.close(id, form.chosen(), form.summary()))) {
      redirect.addFlashAttribute("done", messages.getMessage("case.closed.done", null, locale));
      return "redirect:/cases/" + id;
    }
    return closeForm(
        c, form, ErrorSummary.of(result, messages, locale, CloseForm.FIELD_ORDER), model);
  }

  private String stepForm(CaseView c, StepForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute(
        "steps",
        triage.steps(c.programmeId()).stream()
            .map(s -> Choice.of("" + s.number(), "Step " + s.number() + ": " + s.name()))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "caseload/step";
  }

  private String reviewForm(CaseView c, ReviewForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "caseload/review";
  }

  private String closeForm(CaseView c, CloseForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("outcomes", Choice.of(Outcome.values()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "caseload/close";
  }

  private CaseView find(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }
}
