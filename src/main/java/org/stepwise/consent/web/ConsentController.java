package org.stepwise.consent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.consent.ConsentId;
import org.stepwise.consent.ConsentMethod;
import org.stepwise.consent.ConsentState;
import org.stepwise.consent.Consents;
import org.stepwise.consent.NewConsent;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.People;
import org.stepwise.person.PersonDetails;
import org.stepwise.person.PersonId;
import org.stepwise.site.DateInput;
import org.stepwise.site.ErrorSummary;

/** A person's consent to share: the history, recording consent, and recording a withdrawal. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class ConsentController {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Consents consents;
  private final People people;
  private final Clock clock;

  ConsentController(Consents consents, People people, Clock clock) {
    this.consents = consents;
    this.people = people;
    this.clock = clock;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("recipientTypes", RecipientType.values());
    model.addAttribute("purposes", Purpose.values());
    model.addAttribute("methods", ConsentMethod.values());
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
    var today = LocalDate.now(clock.withZone(LONDON));
    return form(personId, referral, DateInput.of("given", today), ErrorSummary.none(), model);
  }

  @PostMapping("/people/{personId}/consent/new")
  String record(
      @PathVariable UUID personId,
      @RequestParam(required = false) UUID referral,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var errors = new ArrayList<ErrorSummary.Entry>();
    var type = parse(RecipientType.class, values.get("recipientType"));
    if (type == null) {
      errors.add(
          new ErrorSummary.Entry(
              "recipientType", "recipientType-GP", "Select who the information may go to"));
    }
    String name = values.getOrDefault("recipientName", "").trim();
    if (type != null && type.needsName() && name.isEmpty()) {
      errors.add(
          new ErrorSummary.Entry(
              "recipientName", "recipientName", "Enter the name of the person or organisation"));
    } else if (name.length() > 200) {
      errors.add(
          new ErrorSummary.Entry(
              "recipientName", "recipientName", "Name must be 200 characters or fewer"));
    }
    var purpose = parse(Purpose.class, values.get("purpose"));
    if (purpose == null) {
      errors.add(
          new ErrorSummary.Entry(
              "purpose", "purpose-CARE_COORDINATION", "Select what the information is for"));
    }
    var today = LocalDate.now(clock.withZone(LONDON));
    var given = DateInput.parse(values, "given");
    if (given == null) {
      errors.add(
          new ErrorSummary.Entry(
              "givenOn", "given-day", "Enter the date consent was given, as a real date"));
    } else if (given.isAfter(today)) {
      errors.add(
          new ErrorSummary.Entry(
              "givenOn", "given-day", "The date consent was given must be today or in the past"));
    }
    var method = parse(ConsentMethod.class, values.get("method"));
    if (method == null) {
      errors.add(new ErrorSummary.Entry("method", "method-VERBAL", "Select how consent was given"));
    }
    LocalDate expires = null;
    if (!DateInput.blank(values, "expires")) {
      expires = DateInput.parse(values, "expires");
      if (expires == null) {
        errors.add(
            new ErrorSummary.Entry(
                "expiresOn",
                "expires-day",
                "Enter the expiry date as a real date, or leave it empty"));
      } else if (given != null && expires.isBefore(given)) {
        errors.add(
            new ErrorSummary.Entry(
                "expiresOn",
                "expires-day",
                "The expiry date must be after the date consent was given"));
      }
    }
    String note = values.getOrDefault("note", "");
    if (note.length() > 2000) {
      errors.add(new ErrorSummary.Entry("note", "note", "Note must be 2000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      return form(personId, referral, values, ErrorSummary.of(errors), model);
    }
    consents.record(
        new PersonId(personId),
        new NewConsent(type, name.isEmpty() ? null : name, purpose, given, method, expires, note));
    redirect.addFlashAttribute("done", "Consent recorded.");
    return "redirect:/people/"
        + personId
        + "/consent"
        + (referral == null ? "" : "?referral=" + referral);
  }

  @GetMapping("/consents/{id}/withdraw")
  String withdrawPage(
      @PathVariable UUID id, @RequestParam(required = false) UUID referral, Model model) {
    var today = LocalDate.now(clock.withZone(LONDON));
    return withdrawForm(id, referral, DateInput.of("on", today), ErrorSummary.none(), model);
  }

  @PostMapping("/consents/{id}/withdraw")
  String withdraw(
      @PathVariable UUID id,
      @RequestParam(required = false) UUID referral,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var consent =
        consents
            .find(new ConsentId(id))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    var on = DateInput.parse(values, "on");
    var today = LocalDate.now(clock.withZone(LONDON));
    if (on == null || on.isAfter(today)) {
      return withdrawForm(
          id,
          referral,
          values,
          ErrorSummary.single(
              "withdrawnOn",
              "on-day",
              "Enter the date it was withdrawn: a real date, today or in the past"),
          model);
    }
    if (consent.state() == ConsentState.WITHDRAWN) {
      return withdrawForm(
          id,
          referral,
          values,
          ErrorSummary.single("withdrawnOn", "on-day", "This consent has already been withdrawn"),
          model);
    }
    consents.withdraw(consent.id(), on, values.get("reason"));
    redirect.addFlashAttribute(
        "done", "Withdrawal recorded. Nothing more will be shared on that consent.");
    return "redirect:/people/"
        + consent.personId()
        + "/consent"
        + (referral == null ? "" : "?referral=" + referral);
  }

  private String form(
      UUID personId, UUID referral, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute("person", person(personId));
    model.addAttribute("referral", referral);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "consent/new";
  }

  private String withdrawForm(
      UUID id, UUID referral, Map<String, String> values, ErrorSummary errors, Model model) {
    var consent =
        consents
            .find(new ConsentId(id))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("consent", consent);
    model.addAttribute("person", person(consent.personId().id()));
    model.addAttribute("referral", referral);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "consent/withdraw";
  }

  private PersonDetails person(UUID id) {
    return people
        .find(new PersonId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
