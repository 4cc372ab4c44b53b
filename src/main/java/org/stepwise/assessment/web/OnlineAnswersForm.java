package org.stepwise.assessment.web;

import java.util.Map;

/**
 * The person's answers from a link, exactly as sent: each item's answer, bound from {@code
 * answers[<item id>]}.
 */
record OnlineAnswersForm(Map<String, String> answers) {

  static OnlineAnswersForm empty() {
    return new OnlineAnswersForm(Map.of());
  }

  /** What was entered for an item, or null. */
  public String answer(String itemId) {
    return Answers.typed(answers, itemId);
  }
}
