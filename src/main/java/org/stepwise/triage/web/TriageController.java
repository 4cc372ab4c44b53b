package org.stepwise.triage.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
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
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
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

  TriageController(Triage triage, Programmes programmes) {
    this.triage = triage;
    this.programmes = programmes;
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
        view, Map.of("step", String.valueOf(view.suggestedStep())), ErrorSummary.none(), model);
  }

  @PostMapping("/triage/{id}/step")
  String decide(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var view = find(id);
    Integer step;
    try {
      step = Integer.valueOf(values.getOrDefault("step", ""));
    } catch (NumberFormatException e) {
      step = null;
    }
    String reason = values.getOrDefault("reason", "").trim();
    if (step == null) {
      return stepPage(view, values, ErrorSummary.single("step", "step-1", "Select a step"), model);
    }
    if (!step.equals(view.suggestedStep()) && reason.isEmpty()) {
      return stepPage(
          view,
          values,
          ErrorSummary.single(
              "reason",
              "reason",
              "Give a reason for choosing a different step from the one suggested"),
          model);
    }
    if (reason.length() > 2000) {
      return stepPage(
          view,
          values,
          ErrorSummary.single("reason", "reason", "Reason must be 2000 characters or fewer"),
          model);
    }
    try {
      triage.decide(id, step, reason);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return stepPage(view, values, ErrorSummary.single("step", "step-1", e.getMessage()), model);
    }
    redirect.addFlashAttribute("done", view.fullName() + " is now waiting for step " + step + ".");
    return "redirect:/waiting-for-support";
  }

  @PostMapping("/triage/{id}/send-information")
  String sendInformation(@PathVariable UUID id, RedirectAttributes redirect) {
    var view = find(id);
    try {
      triage.sendWaitingInformation(id);
      redirect.addFlashAttribute(
          "done",
          "Information for people waiting will be sent to "
              + view.fullName()
              + ". See it under Letters and emails on the referral.");
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("done", e.getMessage());
    }
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

  private String stepPage(
      TriageView view, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute("triage", view);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "triage/step";
  }

  private TriageView find(UUID id) {
    return triage.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
