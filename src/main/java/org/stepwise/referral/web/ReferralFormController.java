package org.stepwise.referral.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReceiveResult;
import org.stepwise.referral.ReferralIntake;
import org.stepwise.site.ErrorSummary;

/** Professionals refer someone: choose the service, then fill in its form. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
class ReferralFormController {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ReferralIntake intake;
  private final Programmes programmes;
  private final MessageSource messages;
  private final Clock clock;

  ReferralFormController(
      ReferralIntake intake, Programmes programmes, MessageSource messages, Clock clock) {
    this.intake = intake;
    this.programmes = programmes;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/referrals/new")
  String chooseService(Model model) {
    var active = programmes.active();
    if (active.size() == 1) {
      return "redirect:/referrals/new/" + active.getFirst().id();
    }
    model.addAttribute("services", active);
    model.addAttribute("errors", ErrorSummary.none());
    return "referral/choose-service";
  }

  @PostMapping("/referrals/new")
  String serviceChosen(@RequestParam(required = false) String service, Model model, Locale locale) {
    var chosen = active(service);
    if (chosen == null) {
      model.addAttribute("services", programmes.active());
      model.addAttribute(
          "errors",
          ErrorSummary.single(
              "service",
              "service-0",
              messages.getMessage("referral.programme.required", null, locale)));
      return "referral/choose-service";
    }
    return "redirect:/referrals/new/" + chosen.id();
  }

  @GetMapping("/referrals/new/{programmeId}")
  String form(@PathVariable UUID programmeId, Model model) {
    var programme = activeOr404(programmeId);
    showForm(model, programme, ReferralForm.empty(), ErrorSummary.none());
    return "referral/form";
  }

  @PostMapping("/referrals/new/{programmeId}")
  String submit(
      @PathVariable UUID programmeId,
      @Valid @ModelAttribute("form") ReferralForm form,
      BindingResult result,
      @RequestParam(defaultValue = "send") String action,
      Model model,
      Locale locale,
      Authentication user,
      RedirectAttributes redirect) {
    var programme = activeOr404(programmeId);
    form.check(result, LocalDate.now(clock.withZone(LONDON)), programme, false);
    if (result.hasErrors()) {
      showForm(
          model,
          programme,
          form,
          ErrorSummary.of(result, messages, locale, ReferralForm.FIELD_ORDER));
      return "referral/form";
    }
    var referral = form.toNewReferral(programme, false);
    if ("add".equals(action)) {
      var added = intake.addToExisting(referral);
      if (added.isEmpty()) {
        showForm(
            model,
            programme,
            form,
            ErrorSummary.single(
                "",
                "main-content",
                messages.getMessage("referral.addToExisting.closed", null, locale)));
        return "referral/form";
      }
      redirect.addFlashAttribute("addedTo", added.get().reference());
      return worksTheList(user)
          ? "redirect:/referrals/" + added.get().id()
          : "redirect:/my-referrals";
    }
    var outcome = intake.receive(referral, "different".equals(action));
    if (outcome instanceof ReceiveResult.PossibleDuplicate duplicate) {
      showForm(model, programme, form, ErrorSummary.none());
      model.addAttribute("duplicate", duplicate.existing());
      return "referral/form";
    }
    var received = ((ReceiveResult.Received) outcome).referral();
    redirect.addFlashAttribute("received", received.reference());
    redirect.addFlashAttribute("receivedName", received.person().fullName());
    redirect.addFlashAttribute("receivedId", received.id().id());
    return worksTheList(user)
        ? "redirect:/referrals"
        : "redirect:/referrals/" + received.id() + "/received";
  }

  private void showForm(
      Model model, ProgrammeView programme, ReferralForm form, ErrorSummary errors) {
    model.addAttribute("programme", programme);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("sources", ReferralChoices.sources());
    model.addAttribute("allConditions", conditionsFor(programme));
    model.addAttribute("employmentStatuses", ReferralChoices.employmentStatuses(false));
    model.addAttribute("contactAnswers", ReferralChoices.CONTACT);
    model.addAttribute("feedbackAnswers", ReferralChoices.FEEDBACK);
    model.addAttribute("selfReferral", false);
  }

  /** The service's conditions in scope (all, if it names none), then "another condition". */
  static List<Condition> conditionsFor(ProgrammeView programme) {
    return Arrays.stream(Condition.values())
        .filter(
            c ->
                c == Condition.OTHER
                    || programme.conditionsInScope().isEmpty()
                    || programme.conditionsInScope().contains(c))
        .toList();
  }

  private ProgrammeView active(String id) {
    try {
      return id == null
          ? null
          : programmes
              .find(new ProgrammeId(UUID.fromString(id)))
              .filter(ProgrammeView::active)
              .orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private ProgrammeView activeOr404(UUID id) {
    return programmes
        .find(new ProgrammeId(id))
        .filter(ProgrammeView::active)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static boolean worksTheList(Authentication user) {
    return user.getAuthorities().stream()
        .anyMatch(
            a ->
                "ROLE_PRACTITIONER".equals(a.getAuthority())
                    || "ROLE_MANAGER".equals(a.getAuthority()));
  }
}
