package org.stepwise.person.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.person.BreakGlass;
import org.stepwise.person.BreakGlassId;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.site.BreakGlassRequest;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

/**
 * Breaking the glass: the "why do you need this record?" form (shown by the site when a record is
 * outside the user's teams) grants access and goes back to the record; managers review what was
 * opened in their services.
 */
@Controller
class BreakGlassController {

  private static final java.util.List<String> FIELD_ORDER = java.util.List.of("reason");

  private final BreakGlass breakGlass;
  private final MessageSource messages;

  BreakGlassController(BreakGlass breakGlass, MessageSource messages) {
    this.breakGlass = breakGlass;
    this.messages = messages;
  }

  @PostMapping("/break-glass")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String grant(
      @ModelAttribute("form") BreakGlassRequest form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var result = new BeanPropertyBindingResult(form, "form");
    PersonId person = personOf(form);
    try {
      breakGlass.grant(
          person,
          form.reason(),
          form.recordType() == null || form.recordType().isBlank() ? "person" : form.recordType(),
          uuidOrNull(form.record()),
          form.service() == null || form.service().isBlank()
              ? null
              : new ProgrammeId(uuidOrNull(form.service())));
    } catch (ChangeRefused refused) {
      refused.addTo(result);
      model.addAttribute("errors", ErrorSummary.of(result, messages, locale, FIELD_ORDER));
      model.addAttribute("breakGlassFor", forAWhile(breakGlass.lasting()));
      return "access/break-glass";
    }
    redirect.addFlashAttribute(
        "done", messages.getMessage("breakGlass.granted", new Object[] {}, locale));
    return "redirect:" + form.safeReturnTo();
  }

  @GetMapping("/break-glass")
  @PreAuthorize("hasRole('MANAGER')")
  String review(Model model) {
    model.addAttribute("accesses", breakGlass.forReview());
    return "person/break-glass-review";
  }

  @PostMapping("/break-glass/{id}/reviewed")
  @PreAuthorize("hasRole('MANAGER')")
  String reviewed(@PathVariable BreakGlassId id, Locale locale, RedirectAttributes redirect) {
    breakGlass.review(id);
    redirect.addFlashAttribute("done", messages.getMessage("breakGlass.reviewed", null, locale));
    return "redirect:/break-glass";
  }

  private static PersonId personOf(BreakGlassRequest form) {
    var id = uuidOrNull(form.person());
    if (id == null) {
      throw new RecordNotFound("person");
    }
    return new PersonId(id);
  }

  private static UUID uuidOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      throw new RecordNotFound("record");
    }
  }

  private static String forAWhile(java.time.Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    if (minutes % 60 == 0) {
      long hours = minutes / 60;
      return "for " + hours + (hours == 1 ? " hour" : " hours");
    }
    return "for " + minutes + (minutes == 1 ? " minute" : " minutes");
  }

  @Bean
  static NavigationItem breakGlassNavigation() {
    return new NavigationItem(
        "Break-glass access",
        "/break-glass",
        Set.of("MANAGER"),
        75,
        "Records your teams' services opened by staff outside the teams, with their reasons, to"
            + " review.");
  }
}
