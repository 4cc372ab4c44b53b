package org.stepwise.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireLinks;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.ErrorSummary;

/**
 * The person's side of a questionnaire link: no sign-in, the link's secret is the key. The page
 * shows nothing about the person, so a forwarded link gives nothing away. Nothing here starts a
 * server session: the form's CSRF token is in a cookie, so answers sent long after the page was
 * opened are still taken.
 */
@Controller
class OnlineQuestionnaireController {

  private final QuestionnaireLinks links;
  private final MessageSource messages;

  OnlineQuestionnaireController(QuestionnaireLinks links, MessageSource messages) {
    this.links = links;
    this.messages = messages;
  }

  @GetMapping("/questionnaire/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    return links
        .forLink(token)
        .map(q -> page(q, token, OnlineAnswersForm.empty(), ErrorSummary.none(), model))
        .orElseGet(() -> closed(response));
  }

  @PostMapping("/questionnaire/{token}")
  String answer(
      @PathVariable String token,
      @Valid @ModelAttribute("form") OnlineAnswersForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    var found = links.forLink(token);
    if (found.isEmpty()) {
      return sentAlready(token, model, response);
    }
    var q = found.get();
    var answers = Answers.check(q, form.answers(), result);
    if (result.hasErrors()) {
      var errors = ErrorSummary.of(result, messages, locale, Answers.fieldOrder(q));
      return page(q, token, form, errors, model);
    }
    try {
      links.returnByLink(token, answers);
    } catch (ChangeRefused | OptimisticLockingFailureException e) {
      // Returned, cancelled or run out meanwhile (a second press of the button, say).
      return sentAlready(token, model, response);
    }
    model.addAttribute("name", q.name());
    return "assessment/online-thanks";
  }

  /**
   * Answers sent to a link already returned (the button pressed twice): nothing more is stored, and
   * the person is thanked as the first time; any other link that no longer opens is closed.
   */
  private String sentAlready(String token, Model model, HttpServletResponse response) {
    return links
        .returnedByLink(token)
        .map(
            q -> {
              model.addAttribute("name", q.name());
              return "assessment/online-thanks";
            })
        .orElseGet(() -> closed(response));
  }

  private static String page(
      Questionnaire q, String token, OnlineAnswersForm form, ErrorSummary errors, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("items", QuestionnaireItems.of(q));
    model.addAttribute("token", token);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "assessment/online-questionnaire";
  }

  private static String closed(HttpServletResponse response) {
    response.setStatus(HttpStatus.GONE.value());
    return "assessment/online-closed";
  }
}
