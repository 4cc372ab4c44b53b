package org.stepwise.triage.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;
import org.stepwise.triage.Help;
import org.stepwise.triage.JobRisk;
import org.stepwise.triage.StartBack;
import org.stepwise.triage.Triage;
import org.stepwise.triage.TriageStatus;
import org.stepwise.triage.TriageView;

/** Triage: the list to triage, the screen, the step decision, and the waiting list. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class TriageController {

  private final Triage triage;
  private final Programmes programmes;
  private final MessageSource messages;

  TriageController(Triage triage, Programmes programmes, MessageSource messages) {
    this.triage = triage;
    this.programmes = programmes;
    this.messages = messages;
  }

  @Bean
  static NavigationItem triageNavigation() {
    return new NavigationItem(
        "Triage",
        "/triage",
        Set.of("PRACTITIONER", "MANAGER"),
        25,
        "Screen accepted referrals and decide the step of support each person needs.");
  }

  @Bean
  static NavigationItem waitingForSupportNavigation() {
    return new NavigationItem(
        "Waiting for support",
        "/waiting-for-support",
        Set.of("PRACTITIONER", "MANAGER"),
        27,
        "Everyone waiting, by service and step, with waits against each service's target.");
  }

  @GetMapping("/triage")
  String list(Model model) {
    model.addAttribute("toTriage", triage.toTriage());
    return "triage/list";
  }

  @GetMapping("/triage/{id}")
  String screen(@PathVariable UUID id, Model model) {
    var view = find(id);
    if (view.status() != TriageStatus.TO_TRIAGE) {
      return "redirect:/triage/" + id + "/step";
    }
    return screenPage(view, new HashMap<>(), List.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/triage/{id}")
  String screened(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      @RequestParam(name = "help", required = false) List<String> help,
      Model model) {
    var view = find(id);
    var form = ScreenForm.read(values, help);
    if (form.screening() == null) {
      return screenPage(view, values, help == null ? List.of() : help, form.errors(), model);
    }
    triage.screen(id, form.screening());
    return "redirect:/triage/" + id + "/step";
  }

  @GetMapping("/triage/{id}/step")
  String step(@PathVariable UUID id, Model model) {
    var view = find(id);
    if (view.suggestedStep() == null) {
      return "redirect:/triage/" + id;
    }
    return stepPage(
        view, new StepForm(String.valueOf(view.suggestedStep()), ""), ErrorSummary.none(), model);
  }

  @PostMapping("/triage/{id}/step")
  String decide(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") StepForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var view = find(id);
    if (!result.hasErrors()) {
      try {
        triage.decide(id, form.chosen(), form.reason());
        redirect.addFlashAttribute(
            "done",
            messages.getMessage(
                "triage.step.decided", new Object[] {view.fullName(), form.chosen()}, locale));
        return "redirect:/waiting-for-support";
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return stepPage(
        find(id), form, ErrorSummary.of(result, messages, locale, StepForm.FIELD_ORDER), model);
  }

  /** A one-button action: a refusal (not waiting) is shown by the site's error page, not here. */
  @PostMapping("/triage/{id}/send-information")
  String sendInformation(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    var view = find(id);
    triage.sendWaitingInformation(id);
    redirect.addFlashAttribute(
        "done",
        messages.getMessage(
            "triage.waitingInformation.sent", new Object[] {view.fullName()}, locale));
    return "redirect:/waiting-for-support";
  }

  @GetMapping("/waiting-for-support")
  String waiting(
      @RequestParam(required = false) UUID service,
      @RequestParam(required = false) Integer step,
      @RequestParam(required = false, defaultValue = "wait") String sort,
      @RequestParam(required = false, defaultValue = "1") int page,
      Model model) {
    model.addAttribute("list", triage.waitingList(service, step, sort, page));
    model.addAttribute("services", programmes.all());
    model.addAttribute("service", service);
    model.addAttribute("step", step);
    model.addAttribute("sort", sort);
    return "triage/waiting";
  }

  private String screenPage(
      TriageView view,
      Map<String, String> values,
      List<String> help,
      ErrorSummary errors,
      Model model) {
    model.addAttribute("triage", view);
    model.addAttribute("values", values);
    model.addAttribute("help", help);
    model.addAttribute("errors", errors);
    model.addAttribute("employmentStatuses", EmploymentStatus.values());
    model.addAttribute("jobRisks", JobRisk.values());
    model.addAttribute("helps", Help.values());
    model.addAttribute("startBackItems", StartBack.AGREE_ITEMS);
    model.addAttribute("startBackBother", StartBack.BOTHER_ITEM);
    model.addAttribute("startBackAnswers", StartBack.BOTHER_ANSWERS);
    model.addAttribute("startBackCopyright", StartBack.COPYRIGHT);
    return "triage/screen";
  }

  private String stepPage(TriageView view, StepForm form, ErrorSummary errors, Model model) {
    model.addAttribute("triage", view);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "stepChoices",
        view.steps().stream()
            .map(s -> Choice.of("" + s.number(), "Step " + s.number() + ": " + s.name()))
            .toList());
    return "triage/step";
  }

  private TriageView find(UUID id) {
    return triage.find(id).orElseThrow(() -> new RecordNotFound("triage"));
  }
}
