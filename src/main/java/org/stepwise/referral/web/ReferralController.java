package org.stepwise.referral.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.referral.Condition;
import org.stepwise.referral.EmploymentStatus;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralSource;
import org.stepwise.referral.Referrals;
import org.stepwise.site.ErrorSummary;

/** Adding a referral, and reading one. */
@Controller
class ReferralController {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Referrals referrals;
  private final MessageSource messages;
  private final Clock clock;

  ReferralController(Referrals referrals, MessageSource messages, Clock clock) {
    this.referrals = referrals;
    this.messages = messages;
    this.clock = clock;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("sources", ReferralSource.values());
    model.addAttribute("allConditions", Condition.values());
    model.addAttribute("employmentStatuses", EmploymentStatus.values());
  }

  @GetMapping("/referrals/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  String newReferral(Model model) {
    model.addAttribute("form", ReferralForm.empty());
    model.addAttribute("errors", ErrorSummary.none());
    return "referral/form";
  }

  @PostMapping("/referrals/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  String add(
      @Valid @ModelAttribute("form") ReferralForm form,
      BindingResult result,
      Model model,
      Locale locale,
      Authentication user,
      RedirectAttributes redirect) {
    form.check(result, LocalDate.now(clock.withZone(LONDON)));
    if (result.hasErrors()) {
      model.addAttribute(
          "errors", ErrorSummary.of(result, messages, locale, ReferralForm.FIELD_ORDER));
      return "referral/form";
    }
    var received = referrals.receive(form.toNewReferral());
    redirect.addFlashAttribute("received", received.reference());
    redirect.addFlashAttribute("receivedName", received.person().fullName());
    boolean worksTheList =
        user.getAuthorities().stream()
            .anyMatch(
                a ->
                    "ROLE_PRACTITIONER".equals(a.getAuthority())
                        || "ROLE_MANAGER".equals(a.getAuthority()));
    return worksTheList
        ? "redirect:/waiting-list"
        : "redirect:/referrals/" + received.id() + "/received";
  }

  @GetMapping("/referrals/{id}")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute("referral", find(id));
    return "referral/referral";
  }

  @GetMapping("/referrals/{id}/received")
  String received(@PathVariable UUID id, Model model) {
    model.addAttribute("referral", find(id));
    return "referral/received";
  }

  private Object find(UUID id) {
    return referrals
        .find(new ReferralId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
