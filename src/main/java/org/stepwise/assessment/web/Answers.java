package org.stepwise.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.Scoring;

/**
 * The answers to a questionnaire's items as typed, bound from {@code answers[<item id>]} (a radio
 * group for a choice, a box for a number): read, checked against the questionnaire, and each
 * problem put beside its item.
 */
final class Answers {

  private Answers() {}

  /** The form field of an item, and the id of its first radio or its box. */
  static String field(Questionnaire.Item item) {
    return "answers[" + item.id() + "]";
  }

  /** The fields in page order, for the error summary. */
  static List<String> fieldOrder(Questionnaire q) {
    return q.items().stream().map(Answers::field).toList();
  }

  /** What was typed for an item, or null. */
  static String typed(Map<String, String> answers, String itemId) {
    return answers == null ? null : answers.get(itemId);
  }

  /**
   * The answers as whole numbers, checked against the questionnaire. Adds an error for each item
   * left unanswered that needs an answer, answered with something that is not one of its answers,
   * or with a number out of its range.
   */
  static Map<String, Integer> check(
      Questionnaire q, Map<String, String> typed, BindingResult result) {
    var answers = new LinkedHashMap<String, Integer>();
    var unreadable = new ArrayList<String>();
    for (var item : q.items()) {
      var raw = typed(typed, item.id());
      if (raw == null || raw.isBlank()) {
        continue;
      }
      try {
        answers.put(item.id(), Integer.valueOf(raw.strip()));
      } catch (NumberFormatException e) {
        unreadable.add(item.id());
      }
    }
    Map<String, Scoring.Problem> problems = Map.of();
    try {
      Scoring.check(q, answers);
    } catch (Scoring.InvalidAnswers e) {
      problems = e.problems();
    }
    int number = 0;
    for (var item : q.items()) {
      number++;
      var problem =
          unreadable.contains(item.id())
              ? item.isChoice()
                  ? new Scoring.Problem(Scoring.CHOOSE_AN_ANSWER, List.of(number))
                  : new Scoring.Problem(
                      Scoring.NUMBER_IN_RANGE, List.of(number, item.min(), item.max()))
              : problems.get(item.id());
      if (problem != null) {
        result.addError(
            new FieldError(
                result.getObjectName(),
                field(item),
                typed(typed, item.id()),
                false,
                new String[] {problem.messageKey()},
                problem.argumentArray(),
                problem.messageKey()));
      }
    }
    return answers;
  }
}
