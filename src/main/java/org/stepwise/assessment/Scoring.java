package org.stepwise.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * Scores answers to a {@link Questionnaire} by its own rules. Pure: no database, no Spring context.
 * Expressions are Spring expressions in a read-only context (no types, no beans), over variables
 * named after the items ({@code #q1}, holding the item's score) and the scores computed before them
 * ({@code #total}).
 */
public final class Scoring {

  private static final ExpressionParser PARSER = new SpelExpressionParser();

  /**
   * One computed score; {@code value} is null for a text score (CONCAT) or one that does not apply.
   */
  public record Value(String id, String label, Double value, String text, String band) {

    /** "12 (Moderate)", "45%", "21143", or "Not applicable". */
    public String display() {
      return text + (band == null ? "" : " (" + band + ")");
    }
  }

  /** The scores, the result (e.g. "High risk"; may be null) and any alerts. */
  public record Result(List<Value> values, String result, List<String> alerts) {

    /** A score's value, if computed. */
    public Double value(String id) {
      return values.stream()
          .filter(v -> v.id().equals(id))
          .findFirst()
          .map(Value::value)
          .orElse(null);
    }

    /** A one-line summary, e.g. "Total 12 (Moderate)". */
    public String summary() {
      var scores =
          values.stream()
              .filter(v -> v.value() != null || !"Not applicable".equals(v.text()))
              .map(v -> v.label() + " " + v.display())
              .collect(Collectors.joining("; "));
      return result == null ? scores : result + ". " + scores;
    }
  }

  /**
   * Why one answer cannot be scored: a message key from {@code messages.properties} and its
   * arguments (the question's number first, then the item's range for a number).
   */
  public record Problem(String messageKey, List<Object> arguments) {

    public Problem {
      arguments = List.copyOf(arguments);
    }

    static Problem of(String messageKey, Object... arguments) {
      return new Problem(messageKey, List.of(arguments));
    }

    /** The arguments, for a message source. */
    public Object[] argumentArray() {
      return arguments.toArray();
    }
  }

  /**
   * Answers that cannot be scored, with a problem per item id in the order of the items. Its
   * message names the items and keys, for logs; people read the problems' messages.
   */
  public static final class InvalidAnswers extends IllegalArgumentException {
    private final Map<String, Problem> problems;

    InvalidAnswers(Map<String, Problem> problems) {
      super(
          problems.entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue().messageKey())
              .collect(Collectors.joining("; ")));
      this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Item id to its problem, in the order of the items. */
    public Map<String, Problem> problems() {
      return problems;
    }
  }

  /** The message key for a question left unanswered: "Answer question {0}". */
  public static final String ANSWER_REQUIRED = "questionnaire.answer.required";

  /** The message key for an answer that is not one of the question's answers. */
  public static final String CHOOSE_AN_ANSWER = "questionnaire.answer.choose";

  /** The message key for a number missing or out of range: question {0}, from {1} to {2}. */
  public static final String NUMBER_IN_RANGE = "questionnaire.answer.number";

  private Scoring() {}

  /**
   * Checks the answers and keeps only those to items that apply (a skipped item's answer is
   * dropped).
   *
   * @param answers item id to the chosen option's value or the number entered; null for no answer
   * @throws InvalidAnswers naming each item that needs an answer or has one out of range (a {@link
   *     Problem} with the key {@link #ANSWER_REQUIRED}, {@link #CHOOSE_AN_ANSWER} or {@link
   *     #NUMBER_IN_RANGE})
   */
  public static Map<String, Integer> check(Questionnaire q, Map<String, Integer> answers) {
    var kept = new LinkedHashMap<String, Integer>();
    var problems = new LinkedHashMap<String, Problem>();
    var variables = new LinkedHashMap<String, Object>();
    int number = 0;
    for (var item : q.items()) {
      number++;
      if (item.askIf() != null && !test(item.askIf(), variables)) {
        continue;
      }
      var answer = answers.get(item.id());
      if (answer == null) {
        if (!item.mayBeLeft()) {
          problems.put(
              item.id(),
              item.isChoice()
                  ? Problem.of(ANSWER_REQUIRED, number)
                  : Problem.of(NUMBER_IN_RANGE, number, item.min(), item.max()));
        }
        continue;
      }
      if (item.isChoice()) {
        var option = q.optionsFor(item).stream().filter(o -> o.value() == answer).findFirst();
        if (option.isEmpty()) {
          problems.put(item.id(), Problem.of(CHOOSE_AN_ANSWER, number));
          continue;
        }
        variables.put(item.id(), (double) option.get().scored());
      } else {
        if (answer < item.min() || answer > item.max()) {
          problems.put(item.id(), Problem.of(NUMBER_IN_RANGE, number, item.min(), item.max()));
          continue;
        }
        variables.put(item.id(), (double) answer);
      }
      kept.put(item.id(), answer);
    }
    if (!problems.isEmpty()) {
      throw new InvalidAnswers(problems);
    }
    return kept;
  }

  /**
   * Scores a complete set of answers.
   *
   * @throws InvalidAnswers as {@link #check}
   */
  public static Result score(Questionnaire q, Map<String, Integer> answers) {
    var kept = check(q, answers);
    var variables = new LinkedHashMap<String, Object>();
    for (var item : q.items()) {
      var answer = kept.get(item.id());
      if (answer == null) {
        variables.put(item.id(), null);
      } else if (item.isChoice()) {
        variables.put(
            item.id(),
            (double)
                q.optionsFor(item).stream()
                    .filter(o -> o.value() == answer)
                    .findFirst()
                    .orElseThrow()
                    .scored());
      } else {
        variables.put(item.id(), (double) answer);
      }
    }
    var values = new ArrayList<Value>();
    for (var s : q.scores()) {
      var value = compute(s, kept, variables);
      values.add(value);
      variables.put(s.id(), value.value());
    }
    String result =
        q.results().stream()
            .filter(r -> test(r.when(), variables))
            .map(Questionnaire.Rule::label)
            .findFirst()
            .orElse(null);
    var alerts =
        q.alerts().stream()
            .filter(r -> test(r.when(), variables))
            .map(Questionnaire.Rule::message)
            .toList();
    return new Result(List.copyOf(values), result, alerts);
  }

  private static Value compute(
      Questionnaire.Score s, Map<String, Integer> answers, Map<String, Object> variables) {
    if (s.when() != null && !test(s.when(), variables)) {
      return new Value(s.id(), s.label(), null, "Not applicable", null);
    }
    Double value;
    switch (s.method()) {
      case CONCAT -> {
        var text =
            s.items().stream()
                .map(i -> String.valueOf(answers.get(i)))
                .collect(Collectors.joining());
        return new Value(s.id(), s.label(), null, text, null);
      }
      case SUM -> value = s.items().stream().mapToDouble(i -> (Double) variables.get(i)).sum();
      case MEAN -> {
        var answered =
            s.items().stream().map(i -> (Double) variables.get(i)).filter(v -> v != null).toList();
        int needed = s.minAnswered() == null ? s.items().size() : s.minAnswered();
        if (answered.size() < needed) {
          return new Value(
              s.id(),
              s.label(),
              null,
              "Not scored: fewer than " + needed + " of " + s.items().size() + " answered",
              null);
        }
        value = answered.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      }
      case EXPRESSION -> value = evaluate(s.expression(), variables);
      default -> throw new IllegalStateException("Unknown method " + s.method());
    }
    if (value == null || value.isNaN() || value.isInfinite()) {
      return new Value(s.id(), s.label(), null, "Not applicable", null);
    }
    int decimals = s.decimals() == null ? 0 : s.decimals();
    double rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    var text =
        BigDecimal.valueOf(rounded).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
            + (s.unit() == null ? "" : s.unit());
    return new Value(s.id(), s.label(), rounded, text, s.band(rounded).orElse(null));
  }

  private static boolean test(String expression, Map<String, Object> variables) {
    try {
      return Boolean.TRUE.equals(
          PARSER.parseExpression(expression).getValue(context(variables), Boolean.class));
    } catch (EvaluationException | NullPointerException e) {
      return false; // a rule over an unanswered item does not hold
    }
  }

  private static Double evaluate(String expression, Map<String, Object> variables) {
    try {
      var n = PARSER.parseExpression(expression).getValue(context(variables), Number.class);
      return n == null ? null : n.doubleValue();
    } catch (EvaluationException | NullPointerException e) {
      return null;
    }
  }

  private static SimpleEvaluationContext context(Map<String, Object> variables) {
    var context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
    variables.forEach(context::setVariable);
    return context;
  }
}
