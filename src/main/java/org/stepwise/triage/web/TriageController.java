package org.stepwise.triage.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
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
import org.stepwise.programme.ProgrammeId;
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
import org.stepwise.triage.TriageId;
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
  String screen(@PathVariable TriageId id, Model model) {
    var view = find(id);
    if (view.status() != TriageStatus.TO_TRIAGE) {
      return "redirect:/triage/" + id + "/step";
    }
    return screenPage(view, ScreenForm.of(view.screening()), ErrorSummary.none(), model);
  }

  @PostMapping("/triage/{id}")
  String screened(
      @PathVariable TriageId id,
      @Valid @ModelAttribute("form") ScreenForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    var view = find(id);
    form.check(result);
    if (ChangeRefused.tryChange(result, () -> triage.screen(id, form.toScreening()))) {
      return "redirect:/triage/" + id + "/step";
    }
    return screenPage(
        view, form, ErrorSummary.of(result, messages, locale, ScreenForm.FIELD_ORDER), model);
  }

  @GetMapping("/triage/{id}/step")
  String step(@PathVariable TriageId id, Model model) {
    var view = find(id);
    if (view.suggestedStep() == null) {
      return "redirect:/triage/" + id;
    }
    return stepPage(
        view, new StepForm(String.valueOf(view.suggestedStep()), ""), ErrorSummary.none(), model);
  }

  @PostMapping("/triage/{id}/step")
  String decide(
      @PathVariable TriageId id,
      @Valid @ModelAttribute("form") StepForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var view = find(id);
    if (ChangeRefused.tryChange(result, () -> triage.decide(id, form.chosen(), form.reason()))) {
      redirect.addFlashAttribute(
          "done",
          messages.getMessage(
              "triage.step.decided", new Object[] {view.fullName(), form.chosen()}, locale));
      return "redirect:/waiting-for-support";
    }
    return stepPage(
        find(id), form, ErrorSummary.of(result, messages, locale, StepForm.FIELD_ORDER), model);
  }

  /** A one-button action: a refusal (not waiting) is shown by the site's error page, not here. */
  @PostMapping("/triage/{id}/send-information")
  String sendInformation(@PathVariable TriageId id, Locale locale, RedirectAttributes redirect) {
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
    model.addAttribute(
        "list",
        triage.waitingList(service == null ? null : new ProgrammeId(service), step, sort, page));
    model.addAttribute(
        "serviceChoices",
        programmes.all().stream().map(p -> Choice.of(p.id().toString(), p.name())).toList());
    model.addAttribute("stepChoices", WAITING_STEPS);
    model.addAttribute("sortChoices", WAITING_ORDERS);
    model.addAttribute("service", service);
    model.addAttribute("step", step);
    model.addAttribute("sort", sort);
    return "triage/waiting";
  }

  private static final List<Choice> WAITING_STEPS =
      List.of(Choice.of("1", "Step 1"), Choice.of("2", "Step 2"), Choice.of("3", "Step 3"));

  private static final List<Choice> WAITING_ORDERS =
      List.of(
          Choice.of("wait", "Longest wait first"),
          Choice.of("name", "Name (within the page)"),
          Choice.of("service", "Service"),
          Choice.of("step", "Step"));

  /** How much each symptom interferes with work: the field and its label. */
  private static final List<Choice> SYMPTOMS =
      List.of(
          Choice.of("painInterference", "Pain"),
          Choice.of("fatigueInterference", "Fatigue or tiredness"),
          Choice.of("cognitionInterference", "Memory or concentration"),
          Choice.of("moodInterference", "Mood, worry or stress"));

  private static final List<Choice> AGREE_OR_NOT =
      List.of(Choice.of("agree", "Agree"), Choice.of("disagree", "Disagree"));

  private String screenPage(TriageView view, ScreenForm form, ErrorSummary errors, Model model) {
    model.addAttribute("triage", view);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "employmentStatuses",
        Arrays.stream(EmploymentStatus.values())
            .filter(s -> s != EmploymentStatus.NOT_KNOWN)
            .map(s -> Choice.of(s.name(), s.label()))
            .toList());
    model.addAttribute("jobRisks", Choice.of(JobRisk.values()));
    model.addAttribute("symptoms", SYMPTOMS);
    model.addAttribute("helps", Choice.of(Help.values()));
    model.addAttribute("startBackItems", StartBack.AGREE_ITEMS);
    model.addAttribute("agreeOrNot", AGREE_OR_NOT);
    model.addAttribute("startBackBother", StartBack.BOTHER_ITEM);
    model.addAttribute(
        "startBackAnswers",
        IntStream.range(0, StartBack.BOTHER_ANSWERS.size())
            .mapToObj(i -> Choice.of("" + i, StartBack.BOTHER_ANSWERS.get(i)))
            .toList());
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

  private TriageView find(TriageId id) {
    return triage.find(id).orElseThrow(() -> new RecordNotFound("triage"));
  }
}
