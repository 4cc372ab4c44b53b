package org.stepwise.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireWording;

/**
 * The wording of a licensed questionnaire exactly as typed: each item's text, bound from {@code
 * text[<item id>]}, and the words of its answers one per line, from {@code options[<item id>]}.
 */
record WordingForm(Map<String, String> text, Map<String, String> options) {

  /** The form filled in with the wording loaded now. */
  static WordingForm of(Questionnaire q) {
    var text = new HashMap<String, String>();
    var options = new HashMap<String, String>();
    for (var item : q.items()) {
      if (item.text() != null) {
        text.put(item.id(), item.text());
      }
      if (item.optionLabels() != null && !item.optionLabels().isEmpty()) {
        options.put(item.id(), String.join("\n", item.optionLabels()));
      }
    }
    return new WordingForm(text, options);
  }

  /** The text typed for an item, or null. */
  public String textOf(String itemId) {
    return text == null ? null : text.get(itemId);
  }

  /** The answers typed for an item, or null. */
  public String optionsOf(String itemId) {
    return options == null ? null : options.get(itemId);
  }

  /** The fields in page order, for the error summary. */
  static List<String> fieldOrder(Questionnaire q) {
    var order = new ArrayList<String>();
    for (var item : q.items()) {
      order.add("text[" + item.id() + "]");
      order.add("options[" + item.id() + "]");
    }
    return order;
  }

  /** The wording to load, item by item, with the answers split into lines. */
  Map<String, Questionnaire.ItemText> toWording(Questionnaire q) {
    var wording = new LinkedHashMap<String, Questionnaire.ItemText>();
    for (var item : q.items()) {
      var typed = textOf(item.id());
      var lines = optionsOf(item.id());
      wording.put(
          item.id(),
          new Questionnaire.ItemText(
              typed == null ? "" : typed.strip(),
              lines == null
                  ? List.of()
                  : Arrays.stream(lines.split("\\R"))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList()));
    }
    return wording;
  }

  /** Adds an error beside each item's text or answers that cannot be loaded. */
  void check(Questionnaire q, BindingResult result) {
    for (var problem : QuestionnaireWording.check(q, toWording(q))) {
      if (result.getFieldError(problem.field()) == null) {
        result.addError(
            new FieldError(
                result.getObjectName(),
                problem.field(),
                problem.options() ? optionsOf(problem.itemId()) : textOf(problem.itemId()),
                false,
                new String[] {problem.messageKey()},
                problem.arguments().toArray(),
                problem.messageKey()));
      }
    }
  }
}
