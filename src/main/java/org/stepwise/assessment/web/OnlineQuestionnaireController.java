package org.stepwise.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.site.ErrorSummary;

/**
 * The person's side of a questionnaire link: no sign-in, the link's secret is the key. The page
 * shows nothing about the person, so a forwarded link gives nothing away.
 */
@Controller
class OnlineQuestionnaireController {

  private final Questionnaires questionnaires;

  OnlineQuestionnaireController(Questionnaires questionnaires) {
    this.questionnaires = questionnaires;
  }

  @GetMapping("/questionnaire/{token}")
  String show(
      @PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
    return questionnaires
        .forLink(token)
        .map(q -> page(q, token, Map.of(), ErrorSummary.none(), model))
        .orElseGet(() -> closed(response));
  }

  @PostMapping("/questionnaire/{token}")
  String answer(
      @PathVariable String token,
      @RequestParam Map<String, String> values,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    var found = questionnaires.forLink(token);
    if (found.isEmpty()) {
      return closed(response);
    }
    var q = found.get();
    var bad = new ArrayList<String>();
    var answers = QuestionnaireForm.answers(q, values, bad);
    var errors = QuestionnaireForm.problems(q, answers, bad);
    if (!errors.isEmpty()) {
      return page(q, token, values, ErrorSummary.of(errors), model);
    }
    try {
      questionnaires.returnByLink(token, answers);
    } catch (IllegalStateException e) {
      return closed(response);
    }
    model.addAttribute("name", q.name());
    return "assessment/online-thanks";
  }

  private static String page(
      Questionnaire q, String token, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("token", token);
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("errors", errors);
    return "assessment/online-questionnaire";
  }

  private static String closed(jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(HttpStatus.GONE.value());
    return "assessment/online-closed";
  }
}
