package org.stepwise.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireResponseId;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/**
 * A questionnaire completed with the practitioner, exactly as entered: the day it was completed and
 * each item's answer, bound from {@code answers[<item id>]}. {@code key} is the id the completion
 * will have, given when the form is first shown and sent back hidden, so the form sent twice
 * records it once.
 */
record CompletionForm(
    @RealDate(missing = "{questionnaire.on.required}", message = "{questionnaire.on.real}")
        DateField on,
    Map<String, String> answers,
    String key) {

  /** The form as first shown: completed today, nothing answered, a new key. */
  static CompletionForm on(LocalDate today) {
    return new CompletionForm(DateField.of(today), Map.of(), UUID.randomUUID().toString());
  }

  /** The id the completion is to have: the form's key, or a new one when it has none it can use. */
  QuestionnaireResponseId responseId() {
    return keyed().orElseGet(() -> QuestionnaireResponseId.of(UUID.randomUUID()));
  }

  /** The same answers under a new key. */
  CompletionForm withNewKey() {
    return new CompletionForm(on, answers, UUID.randomUUID().toString());
  }

  /** The form to show again: as typed, with a key it can use. */
  CompletionForm keyedForm() {
    return keyed().isPresent() ? this : withNewKey();
  }

  private Optional<QuestionnaireResponseId> keyed() {
    if (key == null || key.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(QuestionnaireResponseId.of(key));
    } catch (IllegalArgumentException nonsense) {
      return Optional.empty();
    }
  }

  /** What was entered for an item, or null. */
  public String answer(String itemId) {
    return Answers.typed(answers, itemId);
  }

  /** The fields in page order, for the error summary. */
  static List<String> fieldOrder(Questionnaire q) {
    var order = new ArrayList<String>();
    order.add("on=on-day");
    order.addAll(Answers.fieldOrder(q));
    return order;
  }

  /**
   * Adds errors for a date after today and for each item in trouble.
   *
   * @return the answers as whole numbers, for saving when there are no errors
   */
  Map<String, Integer> check(Questionnaire q, BindingResult result, LocalDate today) {
    var day = DateField.dateIn(on);
    if (day != null && day.isAfter(today) && result.getFieldError("on") == null) {
      result.addError(
          new FieldError(
              result.getObjectName(),
              "on",
              on,
              false,
              new String[] {"questionnaire.on.future"},
              null,
              "questionnaire.on.future"));
    }
    return Answers.check(q, answers, result);
  }
}
