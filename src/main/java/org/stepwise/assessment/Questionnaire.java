package org.stepwise.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire definition, held as data (one JSON file per instrument under {@code
 * resources/questionnaires}): items, answer options, scoring rules, subscales, bands, results,
 * alerts, copyright notice and licence. Licensed instruments ship without item text; an
 * administrator loads it under the service's own licence ({@link #withText}).
 *
 * @param about one line saying what it measures
 * @param note caveats shown wherever it is used (e.g. unverified bands)
 * @param preamble the instruction above the items, if any
 * @param results classification rules, first match wins (e.g. STarT Back risk groups)
 * @param alerts rules that, when met, put a message in front of the practitioner
 * @param chart the scores drawn on the chart over time
 */
public record Questionnaire(
    String code,
    int version,
    String name,
    String about,
    Licence licence,
    String copyright,
    String source,
    String note,
    String preamble,
    Map<String, List<Option>> optionSets,
    List<Item> items,
    List<Score> scores,
    List<Rule> results,
    List<Rule> alerts,
    List<String> chart) {

  /** Whether the item text may be shipped with Stepwise. */
  public enum Licence {
    /** Free to use: shipped with its wording. */
    FREE,
    /** Licensed: scoring only, until an administrator loads the wording. */
    LICENSED
  }

  /** How a score is worked out from the items. */
  public enum Method {
    SUM,
    MEAN,
    /** A Spring expression over the item scores ({@code #q1}) and earlier scores. */
    EXPRESSION,
    /** The items' values side by side, e.g. an EQ-5D health state "21143". */
    CONCAT
  }

  /**
   * One answer option.
   *
   * @param value what is stored
   * @param score what it counts for, when that differs from the value
   */
  public record Option(int value, String label, Integer score) {
    public int scored() {
      return score == null ? value : score;
    }
  }

  /**
   * One item: either a choice from an option set, or a whole number from {@code min} to {@code
   * max}.
   *
   * @param text the wording (null for a licensed instrument whose wording is not loaded)
   * @param label a short description for a scoring-only form
   * @param optionLabels wording of the options loaded by an administrator, in option order
   * @param askIf a Spring expression over earlier answers; when false the item is skipped
   * @param optional may be left unanswered
   * @param intro an instruction the published form puts before this item (e.g. WPAI's "The next
   *     questions are about the past seven days"), or null
   */
  public record Item(
      String id,
      String text,
      String label,
      String options,
      List<String> optionLabels,
      Integer min,
      Integer max,
      String unit,
      String hint,
      String askIf,
      Boolean optional,
      String intro) {

    /** An item with no instruction before it. */
    public Item(
        String id,
        String text,
        String label,
        String options,
        List<String> optionLabels,
        Integer min,
        Integer max,
        String unit,
        String hint,
        String askIf,
        Boolean optional) {
      this(id, text, label, options, optionLabels, min, max, unit, hint, askIf, optional, null);
    }

    /** Whether it may be left unanswered. */
    public boolean mayBeLeft() {
      return Boolean.TRUE.equals(optional);
    }

    public boolean isChoice() {
      return options != null;
    }
  }

  /**
   * A score: how it is computed, its range, and its bands.
   *
   * @param minAnswered for a MEAN: the mean of the items answered, scored only when at least this
   *     many are (e.g. BPI interference, 4 of 7); null when every item is needed
   */
  public record Score(
      String id,
      String label,
      Method method,
      List<String> items,
      String expression,
      String when,
      Double min,
      Double max,
      Integer decimals,
      String unit,
      List<Band> bands,
      Integer minAnswered) {

    public Score {
      items = items == null ? List.of() : List.copyOf(items);
      bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** A score that needs every one of its items. */
    public Score(
        String id,
        String label,
        Method method,
        List<String> items,
        String expression,
        String when,
        Double min,
        Double max,
        Integer decimals,
        String unit,
        List<Band> bands) {
      this(id, label, method, items, expression, when, min, max, decimals, unit, bands, null);
    }

    /** The band a value falls in, if any. */
    public Optional<String> band(double value) {
      return bands.stream()
          .filter(b -> value >= b.from() && value <= b.to())
          .map(Band::label)
          .findFirst();
    }
  }

  /** A range of a score with its name, inclusive at both ends. */
  public record Band(double from, double to, String label) {}

  /** A rule: when the expression holds, the label (for results) or message (for alerts) applies. */
  public record Rule(String when, String label, String message) {}

  /** Wording an administrator loaded for one item of a licensed instrument. */
  public record ItemText(String text, List<String> optionLabels) {}

  public Questionnaire {
    optionSets = optionSets == null ? Map.of() : Map.copyOf(optionSets);
    items = items == null ? List.of() : List.copyOf(items);
    scores = scores == null ? List.of() : List.copyOf(scores);
    results = results == null ? List.of() : List.copyOf(results);
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
    chart = chart == null ? List.of() : List.copyOf(chart);
  }

  /** The options for a choice item, with any loaded labels in place; empty for a number item. */
  public List<Option> optionsFor(Item item) {
    if (!item.isChoice()) {
      return List.of();
    }
    var options = optionSets.getOrDefault(item.options(), List.of());
    if (item.optionLabels() == null || item.optionLabels().isEmpty()) {
      return options;
    }
    var labelled = new java.util.ArrayList<Option>();
    for (int i = 0; i < options.size(); i++) {
      var o = options.get(i);
      var loaded = i < item.optionLabels().size() ? item.optionLabels().get(i) : null;
      labelled.add(
          loaded == null || loaded.isBlank() ? o : new Option(o.value(), loaded, o.score()));
    }
    return labelled;
  }

  /**
   * Whether an item's answers are short enough to sit side by side (e.g. Yes / No, Level 1 to 5).
   */
  public boolean shortAnswers(Item item) {
    return item.isChoice() && optionsFor(item).stream().allMatch(o -> o.label().length() <= 10);
  }

  /** Whether every item has wording, so the person can answer it themselves. */
  public boolean hasWording() {
    return items.stream().allMatch(i -> i.text() != null && !i.text().isBlank());
  }

  /** The item with this id. */
  public Optional<Item> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The score with this id. */
  public Optional<Score> score(String id) {
    return scores.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * What to show above an item: its wording, or its short label on a scoring-only form ("Item 3"
   * without one).
   */
  public String heading(Item item) {
    if (item.text() != null && !item.text().isBlank()) {
      return item.text();
    }
    return item.label() != null ? item.label() : "Item " + (items.indexOf(item) + 1);
  }

  /** How an answer reads: the option's label, the number with its unit, or "Not answered". */
  public String answerLabel(Item item, Integer answer) {
    if (answer == null) {
      return "Not answered";
    }
    if (item.isChoice()) {
      return optionsFor(item).stream()
          .filter(o -> o.value() == answer)
          .map(Option::label)
          .findFirst()
          .orElse(String.valueOf(answer));
    }
    return answer + (item.unit() == null ? "" : " " + item.unit());
  }

  /** A copy with an administrator's wording in place of the items' text and option labels. */
  public Questionnaire withText(Map<String, ItemText> texts) {
    if (texts == null || texts.isEmpty()) {
      return this;
    }
    var worded =
        items.stream()
            .map(
                i -> {
                  var t = texts.get(i.id());
                  if (t == null) {
                    return i;
                  }
                  return new Item(
                      i.id(),
                      t.text() == null || t.text().isBlank() ? i.text() : t.text(),
                      i.label(),
                      i.options(),
                      t.optionLabels(),
                      i.min(),
                      i.max(),
                      i.unit(),
                      i.hint(),
                      i.askIf(),
                      i.optional(),
                      i.intro());
                })
            .toList();
    return new Questionnaire(
        code,
        version,
        name,
        about,
        licence,
        copyright,
        source,
        note,
        preamble,
        new LinkedHashMap<>(optionSets),
        worded,
        scores,
        results,
        alerts,
        chart);
  }
}
