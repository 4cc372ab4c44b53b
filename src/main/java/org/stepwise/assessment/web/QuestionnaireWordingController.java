package org.stepwise.assessment.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireWording;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

/**
 * Administrators: the questionnaires Stepwise ships, and the wording of licensed ones loaded under
 * the service's licence.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class QuestionnaireWordingController {

  private final Questionnaires questionnaires;
  private final QuestionnaireWording wording;
  private final MessageSource messages;

  QuestionnaireWordingController(
      Questionnaires questionnaires, QuestionnaireWording wording, MessageSource messages) {
    this.questionnaires = questionnaires;
    this.wording = wording;
    this.messages = messages;
  }

  @Bean
  static NavigationItem questionnairesNavigation() {
    return new NavigationItem(
        "Questionnaires",
        "/admin/questionnaires",
        Set.of("ADMIN"),
        74,
        "See the questionnaires services can use, and load the wording of licensed ones.");
  }

  /** A row of the list: the definition and who loaded its wording, and when, if anyone. */
  record Row(Questionnaire q, QuestionnaireWording.Loaded loaded) {

    /** A free questionnaire, shipped with its published wording. */
    public boolean free() {
      return q.licence() == Questionnaire.Licence.FREE;
    }
  }

  @GetMapping("/admin/questionnaires")
  String list(Model model) {
    model.addAttribute(
        "rows",
        questionnaires.available().stream()
            .map(
                q ->
                    new Row(
                        q,
                        q.licence() == Questionnaire.Licence.FREE
                            ? null
                            : wording.loaded(q.code()).orElse(null)))
            .toList());
    return "assessment/questionnaire-admin";
  }

  @GetMapping("/admin/questionnaires/{code}")
  String wording(@PathVariable String code, Model model) {
    var q = licensed(code);
    return page(q, WordingForm.of(q), ErrorSummary.none(), model);
  }

  @PostMapping("/admin/questionnaires/{code}")
  String load(
      @PathVariable String code,
      @Valid @ModelAttribute("form") WordingForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var q = licensed(code);
    form.check(q, result);
    if (ChangeRefused.tryChange(result, () -> wording.load(code, form.toWording(q)))) {
      redirect.addFlashAttribute(
          "done",
          messages.getMessage("questionnaire.wording.saved", new Object[] {q.name()}, locale));
      return "redirect:/admin/questionnaires";
    }
    return page(
        q, form, ErrorSummary.of(result, messages, locale, WordingForm.fieldOrder(q)), model);
  }

  private String page(Questionnaire q, WordingForm form, ErrorSummary errors, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "assessment/questionnaire-wording";
  }

  /** A licensed questionnaire; a free one has no wording to load (page not found). */
  private Questionnaire licensed(String code) {
    var q = questionnaires.definition(code);
    if (q.licence() == Questionnaire.Licence.FREE) {
      throw new RecordNotFound("licensed questionnaire");
    }
    return q;
  }
}
