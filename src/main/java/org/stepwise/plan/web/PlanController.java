package org.stepwise.plan.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.plan.ActionOwner;
import org.stepwise.plan.ActionStatus;
import org.stepwise.plan.PlanView;
import org.stepwise.plan.Plans;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ConflictView;
import org.stepwise.site.DateField;
import org.stepwise.site.Dates;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/**
 * The plan on a case: write it, add and update actions, record the person's agreement. Two people
 * may have the plan open at once: every form carries the plan's version, and a save against an
 * older one shows what is saved now beside what was typed. The person's PDF copy is made by
 * correspondence.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class PlanController {

  private final Plans plans;
  private final Cases cases;
  private final FitNotes fitNotes;
  private final MessageSource messages;

  PlanController(Plans plans, Cases cases, FitNotes fitNotes, MessageSource messages) {
    this.plans = plans;
    this.cases = cases;
    this.fitNotes = fitNotes;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/plan")
  String show(@PathVariable CaseId id, Model model) {
    var c = findCase(id);
    var plan = plans.forCase(id);
    return page(c, plan, new Forms(plan), ErrorSummary.none(), null, model);
  }

  @PostMapping("/cases/{id}/plan")
  String write(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") PlanForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = findCase(id);
    if (!result.hasErrors()) {
      try {
        plans.write(
            id, form.readAt(), form.goals(), form.adjustments(), form.pacing(), form.flareUp());
        redirect.addFlashAttribute("done", messages.getMessage("plan.saved", null, locale));
        return "redirect:/cases/" + id + "/plan";
      } catch (EditConflict conflict) {
        var plan = plans.forCase(id);
        return page(c, plan, new Forms(plan).with(form.at(plan.version())), none(), plan, model);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    var plan = plans.forCase(id);
    return page(
        c,
        plan,
        new Forms(plan).with(form),
        ErrorSummary.of(result, messages, locale, PlanForm.FIELD_ORDER),
        null,
        model);
  }

  @PostMapping("/cases/{id}/plan/actions")
  String addAction(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("actionForm") ActionForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = findCase(id);
    if (!result.hasErrors()) {
      try {
        plans.addAction(
            id,
            form.readAt(),
            form.description(),
            form.chosenOwner(),
            DateField.dateIn(form.due()));
        redirect.addFlashAttribute("done", messages.getMessage("plan.action.added", null, locale));
        return "redirect:/cases/" + id + "/plan";
      } catch (EditConflict conflict) {
        var plan = plans.forCase(id);
        return page(c, plan, new Forms(plan).with(form.at(plan.version())), none(), plan, model);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    var plan = plans.forCase(id);
    return page(
        c,
        plan,
        new Forms(plan).with(form),
        ErrorSummary.of(result, messages, locale, ActionForm.FIELD_ORDER),
        null,
        model);
  }

  @PostMapping("/cases/{id}/plan/actions/{position}")
  String changeAction(
      @PathVariable CaseId id,
      @PathVariable int position,
      @Valid @ModelAttribute("statusForm") ActionStatusForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = findCase(id);
    if (!result.hasErrors()) {
      try {
        plans.changeAction(id, form.readAt(), position, ActionStatus.valueOf(form.status()));
        redirect.addFlashAttribute(
            "done", messages.getMessage("plan.action.updated", null, locale));
        return "redirect:/cases/" + id + "/plan";
      } catch (EditConflict conflict) {
        var plan = plans.forCase(id);
        return page(c, plan, new Forms(plan), none(), plan, model);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    var plan = plans.forCase(id);
    return page(
        c,
        plan,
        new Forms(plan),
        ErrorSummary.of(result, messages, locale, List.of("status=status-" + position)),
        null,
        model);
  }

  @PostMapping("/cases/{id}/plan/agree")
  String agree(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("agreeForm") AgreeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = findCase(id);
    if (!result.hasErrors()) {
      try {
        int version = plans.agree(id, form.readAt(), form.how());
        redirect.addFlashAttribute(
            "done", messages.getMessage("plan.agreed", new Object[] {version}, locale));
        return "redirect:/cases/" + id + "/plan";
      } catch (EditConflict conflict) {
        var plan = plans.forCase(id);
        return page(c, plan, new Forms(plan).with(form.at(plan.version())), none(), plan, model);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    var plan = plans.forCase(id);
    return page(
        c,
        plan,
        new Forms(plan).with(form),
        ErrorSummary.of(result, messages, locale, AgreeForm.FIELD_ORDER),
        null,
        model);
  }

  /** The forms on the page: the one sent keeps what was typed, the others start afresh. */
  private record Forms(PlanForm plan, ActionForm action, AgreeForm agree) {

    Forms(PlanView view) {
      this(PlanForm.of(view), ActionForm.empty(view.version()), AgreeForm.empty(view.version()));
    }

    Forms with(PlanForm typed) {
      return new Forms(typed, action, agree);
    }

    Forms with(ActionForm typed) {
      return new Forms(plan, typed, agree);
    }

    Forms with(AgreeForm typed) {
      return new Forms(plan, action, typed);
    }
  }

  private String page(
      CaseView c,
      PlanView plan,
      Forms forms,
      ErrorSummary errors,
      PlanView conflictWith,
      Model model) {
    model.addAttribute("c", c);
    model.addAttribute("plan", plan);
    model.addAttribute("form", forms.plan());
    model.addAttribute("actionForm", forms.action());
    model.addAttribute("agreeForm", forms.agree());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "conflict", conflictWith == null ? null : conflictView(c.caseId(), conflictWith));
    model.addAttribute("fitNote", fitNotes.latest(c.caseId()).map(FitNote::summary).orElse(null));
    model.addAttribute("owners", Choice.of(ActionOwner.values()));
    model.addAttribute("statuses", ActionStatus.values());
    return "plan/plan";
  }

  private static ConflictView conflictView(CaseId caseId, PlanView plan) {
    var rows = new ArrayList<ConflictView.Row>();
    rows.add(new ConflictView.Row("Goals", orNone(plan.goals())));
    rows.add(new ConflictView.Row("Reasonable adjustments", orNone(plan.adjustments())));
    rows.add(new ConflictView.Row("Pacing plan", orNone(plan.pacing())));
    rows.add(new ConflictView.Row("If symptoms flare up", orNone(plan.flareUp())));
    rows.add(
        new ConflictView.Row(
            "Actions",
            plan.actions().isEmpty()
                ? "None yet."
                : plan.actions().stream()
                    .map(
                        a ->
                            a.description()
                                + " ("
                                + a.owner().label()
                                + (a.dueOn() == null ? "" : ", by " + Dates.shortDate(a.dueOn()))
                                + ", "
                                + a.status().label().toLowerCase(Locale.UK)
                                + ")")
                    .collect(Collectors.joining("\n"))));
    rows.add(
        new ConflictView.Row(
            "Agreed with the person",
            plan.agreedVersion() == 0 ? "Not yet" : "Version " + plan.agreedVersion()));
    return new ConflictView(plan.updatedBy(), plan.updatedAt(), rows, "/cases/" + caseId + "/plan");
  }

  private static String orNone(String text) {
    return text == null ? "Nothing written." : text;
  }

  private CaseView findCase(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }

  private static ErrorSummary none() {
    return ErrorSummary.none();
  }
}
