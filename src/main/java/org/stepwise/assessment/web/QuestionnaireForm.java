package org.stepwise.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.Scoring;
import org.stepwise.site.ErrorSummary;

/**
 * Reads a questionnaire's answers from a form (fields {@code a-<item id>}) and words its errors.
 */
final class QuestionnaireForm {

  private QuestionnaireForm() {}

  /** The field for an item. */
  static String field(Questionnaire.Item item) {
    return "a-" + item.id();
  }

  /**
   * The answers entered, item id to value; an entry that is not a whole number is left out and
   * listed in {@code bad}.
   */
  static Map<String, Integer> answers(
      Questionnaire q, Map<String, String> values, List<String> bad) {
    var answers = new LinkedHashMap<String, Integer>();
    for (var item : q.items()) {
      var raw = values.getOrDefault(field(item), "").strip();
      if (raw.isEmpty()) {
        continue;
      }
      try {
        answers.put(item.id(), Integer.valueOf(raw));
      } catch (NumberFormatException e) {
        bad.add(item.id());
      }
    }
    return answers;
  }

  /**
   * Checks the answers against the definition: one entry per item in trouble, in page order, each
   * linking to the item's first input.
   */
  static List<ErrorSummary.Entry> problems(
      Questionnaire q, Map<String, Integer> answers, List<String> bad) {
    Map<String, String> problems = new LinkedHashMap<>();
    try {
      Scoring.check(q, answers);
    } catch (Scoring.InvalidAnswers e) {
      problems = e.problems();
    }
    var entries = new ArrayList<ErrorSummary.Entry>();
    int number = 0;
    for (var item : q.items()) {
      number++;
      var message =
          bad.contains(item.id())
              ? "Enter a whole number from "
                  + item.min()
                  + " to "
                  + item.max()
                  + " for question "
                  + number
              : problems.get(item.id());
      if (message != null) {
        var target =
            item.isChoice()
                ? field(item) + "-" + q.optionsFor(item).getFirst().value()
                : field(item);
        entries.add(new ErrorSummary.Entry(field(item), target, message));
      }
    }
    return entries;
  }
}
