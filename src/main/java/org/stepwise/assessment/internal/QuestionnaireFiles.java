package org.stepwise.assessment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.stepwise.assessment.Questionnaire;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaire definitions shipped with Stepwise: every {@code questionnaires/*.json} on the
 * classpath, read once and checked for consistency at start-up, so a broken definition stops the
 * application rather than a practitioner mid-session.
 */
@Component
public class QuestionnaireFiles {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<Questionnaire> all;

  QuestionnaireFiles() {
    this(read("classpath*:questionnaires/*.json"));
  }

  public QuestionnaireFiles(List<Questionnaire> all) {
    all.forEach(QuestionnaireFiles::check);
    this.all = all.stream().sorted(Comparator.comparing(Questionnaire::name)).toList();
  }

  /** Every definition, by name. */
  public List<Questionnaire> all() {
    return all;
  }

  /** The definition with this code, as shipped. */
  public java.util.Optional<Questionnaire> find(String code) {
    return all.stream().filter(q -> q.code().equals(code)).findFirst();
  }

  /** A definition's name, or the code itself for one no longer shipped. */
  public String nameOf(String code) {
    return find(code).map(Questionnaire::name).orElse(code);
  }

  /** Reads the definitions on the classpath matching a pattern. */
  public static List<Questionnaire> read(String pattern) {
    try {
      var resources = new PathMatchingResourcePatternResolver().getResources(pattern);
      var list = new java.util.ArrayList<Questionnaire>();
      for (var r : resources) {
        try (var in = r.getInputStream()) {
          list.add(JSON.readValue(in, Questionnaire.class));
        }
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses a definition whose scores name items it does not have, whose items name a missing
   * option set, or whose free wording is missing.
   */
  static void check(Questionnaire q) {
    var where = "Questionnaire " + q.code() + ": ";
    if (q.code() == null || q.name() == null || q.licence() == null || q.items().isEmpty()) {
      throw new IllegalStateException(where + "needs a code, name, licence and items");
    }
    var ids = new HashSet<String>();
    for (var item : q.items()) {
      if (!ids.add(item.id())) {
        throw new IllegalStateException(where + "item " + item.id() + " appears twice");
      }
      if (item.isChoice() && !q.optionSets().containsKey(item.options())) {
        throw new IllegalStateException(
            where + "item " + item.id() + " uses unknown options " + item.options());
      }
      if (!item.isChoice() && (item.min() == null || item.max() == null)) {
        throw new IllegalStateException(where + "item " + item.id() + " needs options or a range");
      }
      if (q.licence() == Questionnaire.Licence.FREE
          && (item.text() == null || item.text().isBlank())) {
        throw new IllegalStateException(
            where + "free instrument without wording for item " + item.id());
      }
      if (q.licence() == Questionnaire.Licence.LICENSED && item.text() != null) {
        throw new IllegalStateException(
            where + "licensed instrument must not ship wording (item " + item.id() + ")");
      }
    }
    for (var score : q.scores()) {
      if (score.method() == null) {
        throw new IllegalStateException(where + "score " + score.id() + " needs a method");
      }
      if (score.method() == Questionnaire.Method.EXPRESSION
          ? score.expression() == null
          : score.items().isEmpty() || !ids.containsAll(score.items())) {
        throw new IllegalStateException(
            where + "score " + score.id() + " names items it does not have");
      }
      if (score.minAnswered() != null
          && (score.method() != Questionnaire.Method.MEAN
              || score.minAnswered() < 1
              || score.minAnswered() > score.items().size())) {
        throw new IllegalStateException(
            where + "score " + score.id() + " needs a MEAN over at least minAnswered items");
      }
      ids.add(score.id());
    }
    if (!q.scores().stream().map(Questionnaire.Score::id).toList().containsAll(q.chart())) {
      throw new IllegalStateException(where + "charts a score it does not have");
    }
  }
}
