package org.stepwise.assessment.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;

/**
 * Administrators: the questionnaires Stepwise ships, and the wording of licensed ones loaded under
 * the service's licence.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class QuestionnaireWordingController {

  private final Questionnaires questionnaires;

  QuestionnaireWordingController(Questionnaires questionnaires) {
    this.questionnaires = questionnaires;
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

  /** A row of the list: the definition and who loaded its wording, if anyone. */
  record Row(Questionnaire q, String loaded) {}

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
                            : questionnaires.wordingLoaded(q.code()).orElse(null)))
            .toList());
    return "assessment/questionnaire-admin";
  }

  @GetMapping("/admin/questionnaires/{code}")
  String wording(@PathVariable String code, Model model) {
    var q = licensed(code);
    var values = new HashMap<String, String>();
    for (var item : q.items()) {
      if (item.text() != null) {
        values.put("text-" + item.id(), item.text());
      }
      if (item.optionLabels() != null && !item.optionLabels().isEmpty()) {
        values.put("options-" + item.id(), String.join("\n", item.optionLabels()));
      }
    }
    return page(q, values, ErrorSummary.none(), model);
  }

  @PostMapping("/admin/questionnaires/{code}")
  String load(
      @PathVariable String code,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var q = licensed(code);
    var wording = new LinkedHashMap<String, Questionnaire.ItemText>();
    for (var item : q.items()) {
      var text = values.getOrDefault("text-" + item.id(), "").strip();
      var optionLines =
          Arrays.stream(values.getOrDefault("options-" + item.id(), "").split("\\R"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      wording.put(item.id(), new Questionnaire.ItemText(text, optionLines));
    }
    var errors =
        Questionnaires.checkWording(q, wording).stream()
            .map(
                p -> {
                  var field = (p.options() ? "options-" : "text-") + p.itemId();
                  return new ErrorSummary.Entry(field, field, p.message());
                })
            .toList();
    if (!errors.isEmpty()) {
      return page(q, values, ErrorSummary.of(errors), model);
    }
    questionnaires.loadWording(code, wording);
    redirect.addFlashAttribute("done", "Wording saved for " + q.name() + ".");
    return "redirect:/admin/questionnaires";
  }

  private String page(
      Questionnaire q, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("errors", errors);
    return "assessment/questionnaire-wording";
  }

  private Questionnaire licensed(String code) {
    try {
      var q = questionnaires.definition(code);
      if (q.licence() == Questionnaire.Licence.FREE) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
      return q;
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
