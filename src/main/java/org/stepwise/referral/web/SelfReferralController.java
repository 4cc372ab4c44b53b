package org.stepwise.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralIntake;
import org.stepwise.referral.TooManySelfReferrals;
import org.stepwise.site.ErrorSummary;

/**
 * The public self-referral page: no account, plain English, one page that works on a phone. It
 * explains what the service is and is not before asking anything.
 */
@Controller
class SelfReferralController {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ReferralIntake intake;
  private final Programmes programmes;
  private final MessageSource messages;
  private final Clock clock;

  SelfReferralController(
      ReferralIntake intake, Programmes programmes, MessageSource messages, Clock clock) {
    this.intake = intake;
    this.programmes = programmes;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/refer-yourself")
  String start(@RequestParam(required = false) UUID service, Model model) {
    var open = programmes.openToSelfReferral();
    if (open.isEmpty()) {
      return "referral/self-referral-closed";
    }
    var chosen = chosen(service, open.size() == 1 ? open.getFirst().id().id() : null);
    if (chosen == null) {
      model.addAttribute("services", open);
      return "referral/self-referral-start";
    }
    show(model, chosen, ReferralForm.empty(), ErrorSummary.none());
    return "referral/self-referral";
  }

  @PostMapping("/refer-yourself")
  String submit(
      @RequestParam UUID service,
      @Valid @ModelAttribute("form") ReferralForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var programme = chosen(service, null);
    if (programme == null) {
      return "redirect:/refer-yourself";
    }
    if (form.filledByRobot()) {
      redirect.addFlashAttribute("reference", "received");
      return "redirect:/refer-yourself/sent";
    }
    form.check(result, LocalDate.now(clock.withZone(LONDON)), programme, true);
    if (result.hasErrors()) {
      show(
          model,
          programme,
          form,
          ErrorSummary.of(result, messages, locale, ReferralForm.FIELD_ORDER)
              .reworded(message -> toReader(message, locale)));
      return "referral/self-referral";
    }
    try {
      var reference =
          intake.selfRefer(form.toNewReferral(programme, true), request.getRemoteAddr());
      redirect.addFlashAttribute("reference", reference);
      redirect.addFlashAttribute("serviceName", programme.name());
      return "redirect:/refer-yourself/sent";
    } catch (TooManySelfReferrals e) {
      response.setStatus(429);
      response.setHeader("Retry-After", "3600");
      show(
          model,
          programme,
          form,
          ErrorSummary.single(
              "throttled", "givenName", messages.getMessage("referral.throttled", null, locale)));
      return "referral/self-referral";
    }
  }

  @GetMapping("/refer-yourself/sent")
  String sent(Model model) {
    if (!model.containsAttribute("reference")) {
      return "redirect:/refer-yourself";
    }
    return "referral/self-referral-sent";
  }

  /**
   * Messages written for referrers ("Enter their last name") as the person reads them ("Enter your
   * last name"): {@code messages.properties} holds each under {@code self.<key>}.
   */
  private String toReader(String message, Locale locale) {
    for (String key : SELF_WORDED) {
      if (message.equals(messages.getMessage(key, null, locale))) {
        return messages.getMessage("self." + key, null, message, locale);
      }
    }
    return message;
  }

  private static final java.util.List<String> SELF_WORDED =
      java.util.List.of(
          "referral.givenName.required",
          "referral.familyName.required",
          "referral.dateOfBirth.required",
          "referral.nhsNumber.required",
          "referral.employmentStatus.required",
          "referral.weeksOffWork.required",
          "referral.employer.required",
          "referral.gpPractice.required",
          "referral.reason.required",
          "referral.dateOfBirth.tooYoung");

  private void show(Model model, ProgrammeView programme, ReferralForm form, ErrorSummary errors) {
    model.addAttribute("programme", programme);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("allConditions", ReferralFormController.conditionsFor(programme));
    model.addAttribute("employmentStatuses", ReferralChoices.employmentStatuses(true));
    model.addAttribute("contactAnswers", ReferralChoices.SELF_CONTACT);
    model.addAttribute("selfReferral", true);
  }

  private ProgrammeView chosen(UUID service, UUID fallback) {
    UUID id = service != null ? service : fallback;
    if (id == null) {
      return null;
    }
    return programmes
        .find(new ProgrammeId(id))
        .filter(p -> p.active() && p.acceptsSelfReferral())
        .orElse(null);
  }
}
