package org.stepwise.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

/** Administrators: the questionnaires Stepwise ships, and the wording of licensed ones loaded under the service's licence. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class QuestionnaireWordingController {

  static final int MAX_TEXT = 2000;

  private final Questionnaires questionnaires;

  QuestionnaireWordingController(Questionnaires questionnaires) {
    this.questionnaires = questionnaires;
  }

  @Bean
  static NavigationItem questionnairesNavigation() {
    return new NavigationItem("Questionnaires", "/admin/questionnaires", Set.of("ADMIN"), 74,
        "See the questionnaires services can use, and load the wording of licensed ones.");
  }

  /** A row of the list: the definition and who loaded its wording, if anyone. */
  record Row(Questionnaire q, String loaded) {}

  @GetMapping("/admin/questionnaires")
  String list(Model model) {
    model.addAttribute("rows", questionnaires.available().stream()
        .map(q -> new Row(q, q.licence() == Questionnaire.Licence.FREE ? null : questionnaires.wordingLoaded(q.code()).orElse(null)))
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
  String load(@PathVariable String code, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
    var q = licensed(code);
    var errors = new ArrayList<ErrorSummary.Entry>();
    var wording = new LinkedHashMap<String, Questionnaire.ItemText>();
    int number = 0;
    for (var item : q.items()) {
      number++;
      var text = values.getOrDefault("text-" + item.id(), "").strip();
      var optionLines = Arrays.stream(values.getOrDefault("options-" + item.id(), "").split("\\R"))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (text.length() > MAX_TEXT) {
        errors.add(new ErrorSummary.Entry("text-" + item.id(), "text-" + item.id(),
            "The wording of item " + number + " must be " + MAX_TEXT + " characters or fewer"));
      }
      var optionCount = q.optionsFor(item).size();
      if (item.isChoice() && optionLines.size() > optionCount) {
        errors.add(new ErrorSummary.Entry("options-" + item.id(), "options-" + item.id(),
            "Item " + number + " has " + optionCount + " answers: enter at most " + optionCount + " lines"));
      }
      if (text.isEmpty() && !optionLines.isEmpty()) {
        errors.add(new ErrorSummary.Entry("text-" + item.id(), "text-" + item.id(),
            "Enter the wording of item " + number + " as well as its answers"));
      }
      wording.put(item.id(), new Questionnaire.ItemText(text, optionLines));
    }
    if (!errors.isEmpty()) {
      return page(q, values, ErrorSummary.of(errors), model);
    }
    questionnaires.loadWording(code, wording);
    redirect.addFlashAttribute("done", "Wording saved for " + q.name() + ".");
    return "redirect:/admin/questionnaires";
  }

  private String page(Questionnaire q, Map<String, String> values, ErrorSummary errors, Model model) {
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
