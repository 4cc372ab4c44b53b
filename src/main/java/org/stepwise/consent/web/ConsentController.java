package org.stepwise.consent.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import org.stepwise.consent.ConsentId;
import org.stepwise.consent.ConsentMethod;
import org.stepwise.consent.Consents;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.People;
import org.stepwise.person.PersonDetails;
import org.stepwise.person.PersonId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.Dates;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/** A person's consent to share: the history, recording consent, and recording a withdrawal. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class ConsentController {

  private final Consents consents;
  private final People people;
  private final Clock clock;
  private final MessageSource messages;

  ConsentController(Consents consents, People people, Clock clock, MessageSource messages) {
    this.consents = consents;
    this.people = people;
    this.clock = clock;
    this.messages = messages;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("recipientTypes", Choice.of(RecipientType.values()));
    model.addAttribute("purposes", Choice.of(Purpose.values()));
    model.addAttribute("methods", Choice.of(ConsentMethod.values()));
  }

  @GetMapping("/people/{personId}/consent")
  String history(
      @PathVariable UUID personId, @RequestParam(required = false) UUID referral, Model model) {
    model.addAttribute("person", person(personId));
    model.addAttribute("consents", consents.history(new PersonId(personId)));
    model.addAttribute("referral", referral);
    return "consent/history";
  }

  @GetMapping("/people/{personId}/consent/new")
  String newConsent(
      @PathVariable UUID personId, @RequestParam(required = false) UUID referral, Model model) {
    return form(personId, referral, ConsentForm.startingOn(today()), ErrorSummary.none(), model);
  }

  @PostMapping("/people/{personId}/consent/new")
  String record(
      @PathVariable UUID personId,
      @RequestParam(required = false) UUID referral,
      @Valid @ModelAttribute("form") ConsentForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    person(personId);
    form.check(result, today());
    if (ChangeRefused.tryChange(
        result, () -> consents.record(new PersonId(personId), form.toNewConsent()))) {
      redirect.addFlashAttribute("done", messages.getMessage("consent.recorded", null, locale));
      return "redirect:/people/"
          + personId
          + "/consent"
          + (referral == null ? "" : "?referral=" + referral);
    }
    return form(
        personId,
        referral,
        form,
        ErrorSummary.of(result, messages, locale, ConsentForm.FIELD_ORDER),
        model);
  }

  @GetMapping("/consents/{id}/withdraw")
  String withdrawPage(
      @PathVariable UUID id, @RequestParam(required = false) UUID referral, Model model) {
    return withdrawForm(id, referral, WithdrawForm.startingOn(today()), ErrorSummary.none(), model);
  }

  @PostMapping("/consents/{id}/withdraw")
  String withdraw(
      @PathVariable UUID id,
      @RequestParam(required = false) UUID referral,
      @Valid @ModelAttribute("form") WithdrawForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var consent = consents.find(new ConsentId(id)).orElseThrow(() -> new RecordNotFound("consent"));
    if (ChangeRefused.tryChange(
        result, () -> consents.withdraw(consent.id(), form.on().toDate(), form.reason()))) {
      redirect.addFlashAttribute("done", messages.getMessage("consent.withdrawn", null, locale));
      return "redirect:/people/"
          + consent.personId()
          + "/consent"
          + (referral == null ? "" : "?referral=" + referral);
    }
    return withdrawForm(
        id,
        referral,
        form,
        ErrorSummary.of(result, messages, locale, WithdrawForm.FIELD_ORDER),
        model);
  }

  private String form(
      UUID personId, UUID referral, ConsentForm form, ErrorSummary errors, Model model) {
    model.addAttribute("person", person(personId));
    model.addAttribute("referral", referral);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "consent/new";
  }

  private String withdrawForm(
      UUID id, UUID referral, WithdrawForm form, ErrorSummary errors, Model model) {
    var consent = consents.find(new ConsentId(id)).orElseThrow(() -> new RecordNotFound("consent"));
    model.addAttribute("consent", consent);
    model.addAttribute("person", person(consent.personId().id()));
    model.addAttribute("referral", referral);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "consent/withdraw";
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Dates.LONDON));
  }

  private PersonDetails person(UUID id) {
    return people.find(new PersonId(id)).orElseThrow(() -> new RecordNotFound("person"));
  }
}
