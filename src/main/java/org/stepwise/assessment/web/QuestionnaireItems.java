package org.stepwise.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.site.Choice;

/**
 * A questionnaire's items as the form shows them, for {@code assessment/questionnaire-items}: a
 * radio group for a choice, a whole-number box otherwise, each numbered.
 *
 * @param intro an instruction before the item, or null
 * @param field the form field ({@code answers[<item id>]})
 * @param legend the number and wording, with "(optional)" for one that may be left
 * @param options the answers of a choice; empty for a number
 * @param inline whether the answers are short enough to sit side by side
 */
record QuestionnaireItems(
    Questionnaire.Item item,
    String intro,
    String field,
    String legend,
    List<Choice> options,
    boolean inline,
    String hint) {

  static List<QuestionnaireItems> of(Questionnaire q) {
    var items = new ArrayList<QuestionnaireItems>();
    int number = 0;
    for (var item : q.items()) {
      number++;
      var legend = number + ". " + q.heading(item) + (item.mayBeLeft() ? " (optional)" : "");
      var options =
          q.optionsFor(item).stream()
              .map(o -> Choice.of(String.valueOf(o.value()), o.label()))
              .toList();
      var hint =
          item.isChoice()
              ? item.hint()
              : (item.hint() == null ? "" : item.hint() + " ")
                  + "A whole number from "
                  + item.min()
                  + " to "
                  + item.max()
                  + ".";
      items.add(
          new QuestionnaireItems(
              item,
              item.intro(),
              Answers.field(item),
              legend,
              options,
              q.shortAnswers(item),
              hint));
    }
    return items;
  }

  public boolean isChoice() {
    return item.isChoice();
  }

  public String id() {
    return item.id();
  }

  public String unit() {
    return item.unit();
  }
}
