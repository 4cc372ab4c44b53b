package org.stepwise.triage.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ConflictView;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;
import org.stepwise.triage.CareSteps;
import org.stepwise.triage.StepRule;

/**
 * Administrators set each service's steps and waiting-time targets (one page), and add step rules
 * (a page of its own) or remove them (a button each).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CareStepsController {

  private static final String LIST = "/admin/care-steps";

  private static final List<Choice> STEPS =
      List.of(Choice.of("1", "1"), Choice.of("2", "2"), Choice.of("3", "3"));

  private final CareSteps careSteps;
  private final Programmes programmes;
  private final MessageSource messages;

  CareStepsController(CareSteps careSteps, Programmes programmes, MessageSource messages) {
    this.careSteps = careSteps;
    this.programmes = programmes;
    this.messages = messages;
  }

  @Bean
  static NavigationItem careStepsNavigation() {
    return new NavigationItem(
        "Care steps",
        LIST,
        Set.of("ADMIN"),
        72,
        "Each service's steps of support, waiting-time targets, and the rules that suggest a step.");
  }

  @GetMapping(LIST)
  String list(Model model) {
    model.addAttribute("services", programmes.all());
    return "triage/care-steps";
  }

  @GetMapping(LIST + "/{id}")
  String edit(@PathVariable UUID id, Model model) {
    var service = service(id);
    var form =
        StepsForm.of(careSteps.steps(service.id()), careSteps.stepsVersion(service.id()).number());
    return stepsPage(service, form, ErrorSummary.none(), model);
  }

  @PostMapping(LIST + "/{id}")
  String saveSteps(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") StepsForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var service = service(id);
    if (result.hasFieldErrors("version")) {
      // Not a version this page could have sent: treat it as read before the last save.
      return conflict(service, form, model);
    }
    form.check(result);
    if (!result.hasErrors()) {
      try {
        careSteps.saveSteps(service.id(), form.version(), form.toSteps());
        redirect.addFlashAttribute("done", message("careSteps.saved", locale));
        return "redirect:" + LIST + "/" + id;
      } catch (EditConflict conflict) {
        return conflict(service, form, model);
      }
    }
    return stepsPage(
        service, form, ErrorSummary.of(result, messages, locale, StepsForm.FIELD_ORDER), model);
  }

  @GetMapping(LIST + "/{id}/rules/new")
  String newRule(@PathVariable UUID id, Model model) {
    return rulePage(service(id), RuleForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping(LIST + "/{id}/rules")
  String addRule(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") RuleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var service = service(id);
    form.check(result);
    if (ChangeRefused.tryChange(result, () -> careSteps.addRule(service.id(), form.toRule()))) {
      redirect.addFlashAttribute("done", message("careSteps.rule.added", locale));
      return "redirect:" + LIST + "/" + id;
    }
    return rulePage(
        service, form, ErrorSummary.of(result, messages, locale, RuleForm.FIELD_ORDER), model);
  }

  /**
   * A one-button action; the rules' version says which list the position counts in, so a stale page
   * never removes a different rule (the site's error page says someone else changed them).
   */
  @PostMapping(LIST + "/{id}/rules/{position}/remove")
  String removeRule(
      @PathVariable UUID id,
      @PathVariable int position,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    var service = service(id);
    careSteps.removeRule(service.id(), version, position);
    redirect.addFlashAttribute("done", message("careSteps.rule.removed", locale));
    return "redirect:" + LIST + "/" + id;
  }

  private String stepsPage(
      ProgrammeView service, StepsForm form, ErrorSummary errors, Model model) {
    model.addAttribute("service", service);
    model.addAttribute("form", form);
    model.addAttribute("rules", careSteps.rules(service.id()));
    model.addAttribute("rulesVersion", careSteps.rulesVersion(service.id()).number());
    model.addAttribute("errors", errors);
    return "triage/care-steps-edit";
  }

  /** The form again with what was typed, the steps as saved now, and their current version. */
  private String conflict(ProgrammeView service, StepsForm form, Model model) {
    var saved = careSteps.stepsVersion(service.id());
    model.addAttribute("conflict", conflictView(service, saved.savedBy(), saved.savedAt()));
    return stepsPage(service, form.atVersion(saved.number()), ErrorSummary.none(), model);
  }

  private String rulePage(ProgrammeView service, RuleForm form, ErrorSummary errors, Model model) {
    model.addAttribute("service", service);
    model.addAttribute("form", form);
    model.addAttribute("kinds", Choice.of(StepRule.Kind.values()));
    model.addAttribute("steps", STEPS);
    model.addAttribute("errors", errors);
    return "triage/care-step-rule";
  }

  private ConflictView conflictView(ProgrammeView service, String by, java.time.Instant at) {
    var rows = new ArrayList<ConflictView.Row>();
    for (var step : careSteps.steps(service.id())) {
      rows.add(
          new ConflictView.Row(
              "Step " + step.number(),
              step.name() + ", target " + step.waitTargetWeeks() + " weeks"));
    }
    return new ConflictView(by, at, rows, LIST + "/" + service.id());
  }

  private ProgrammeView service(UUID id) {
    return programmes.find(new ProgrammeId(id)).orElseThrow(() -> new RecordNotFound("service"));
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
