package org.stepwise.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.assessment.internal.ItemWording;
import org.stepwise.assessment.internal.ItemWordingRepository;
import org.stepwise.assessment.internal.QuestionnaireDefinitions;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;

/**
 * The wording of licensed questionnaires, which Stepwise ships with their scoring only: loaded by
 * an administrator under the service's own licence, so that people can complete them online.
 * Administrators only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class QuestionnaireWording {

  /** The most an item's loaded wording may hold. */
  public static final int MAX_WORDING = 2000;

  /** The most the words of one answer may hold. */
  public static final int MAX_ANSWER = 500;

  private final QuestionnaireDefinitions definitions;
  private final ItemWordingRepository wording;
  private final AuditLog auditLog;

  QuestionnaireWording(
      QuestionnaireDefinitions definitions, ItemWordingRepository wording, AuditLog auditLog) {
    this.definitions = definitions;
    this.wording = wording;
    this.auditLog = auditLog;
  }

  /** Who last loaded wording for a licensed questionnaire, and when. */
  public record Loaded(String by, Instant at) {}

  /**
   * A problem with wording to load, about an item's text or its answers ({@code options}): a
   * message key and its arguments (the item's number first).
   */
  public record Problem(String itemId, boolean options, String messageKey, List<Object> arguments) {

    public Problem {
      arguments = List.copyOf(arguments);
    }

    /** The form field it is about: {@code text[q1]} or {@code options[q1]}. */
    public String field() {
      return (options ? "options[" : "text[") + itemId + "]";
    }
  }

  /**
   * Loads the wording of a licensed questionnaire, replacing any loaded before. An item left blank
   * keeps no wording; answer labels are optional.
   *
   * @throws ChangeRefused for a free questionnaire (its wording is fixed), an unknown item, or any
   *     {@link #check problem} with the wording
   * @throws RecordNotFound for an unknown questionnaire
   */
  @Transactional
  public void load(String code, Map<String, Questionnaire.ItemText> texts) {
    var q = definitions.shipped(code).orElseThrow(() -> new RecordNotFound("questionnaire"));
    if (q.licence() == Questionnaire.Licence.FREE) {
      throw new ChangeRefused("questionnaire.wording.free", q.name());
    }
    for (var id : texts.keySet()) {
      if (q.item(id).isEmpty()) {
        throw new ChangeRefused("questionnaire.wording.unknownItem", id, q.name());
      }
    }
    var problems = check(q, texts);
    if (!problems.isEmpty()) {
      var first = problems.getFirst();
      throw ChangeRefused.onField(first.field(), first.messageKey(), first.arguments().toArray());
    }
    wording.deleteByCode(code);
    texts.forEach(
        (item, text) -> {
          if (text.text() != null && !text.text().isBlank()) {
            wording.save(ItemWording.load(code, item, text));
          }
        });
    auditLog.record(AuditAction.UPDATE, "questionnaire-wording", null, code);
  }

  /** Who last loaded wording for a questionnaire, and when; empty if none is loaded. */
  @Transactional(readOnly = true)
  public Optional<Loaded> loaded(String code) {
    return wording
        .findFirstByCodeOrderByCreatedAtDesc(code)
        .map(w -> new Loaded(w.createdBy(), w.createdAt()));
  }

  /**
   * Checks wording to load for a licensed questionnaire: each item's text at most {@link
   * #MAX_WORDING} characters, each answer's at most {@link #MAX_ANSWER}, no more answer labels than
   * the item has answers, none for an item answered with a number, and no answers without the
   * item's text. Empty when it can be loaded.
   */
  public static List<Problem> check(Questionnaire q, Map<String, Questionnaire.ItemText> texts) {
    var problems = new ArrayList<Problem>();
    int number = 0;
    for (var item : q.items()) {
      number++;
      var loaded = texts.get(item.id());
      if (loaded == null) {
        continue;
      }
      var text = loaded.text() == null ? "" : loaded.text().strip();
      var labels = loaded.optionLabels() == null ? List.<String>of() : loaded.optionLabels();
      if (text.length() > MAX_WORDING) {
        problems.add(
            new Problem(
                item.id(), false, "questionnaire.wording.text.size", List.of(number, MAX_WORDING)));
      } else if (text.isEmpty() && !labels.isEmpty()) {
        problems.add(
            new Problem(
                item.id(), false, "questionnaire.wording.text.withAnswers", List.of(number)));
      }
      var answers = q.optionsFor(item).size();
      if (!labels.isEmpty() && !item.isChoice()) {
        problems.add(
            new Problem(item.id(), true, "questionnaire.wording.options.number", List.of(number)));
      } else if (labels.size() > answers) {
        problems.add(
            new Problem(
                item.id(),
                true,
                "questionnaire.wording.options.tooMany",
                List.of(number, answers)));
      } else if (labels.stream().anyMatch(l -> l.length() > MAX_ANSWER)) {
        problems.add(
            new Problem(
                item.id(),
                true,
                "questionnaire.wording.options.size",
                List.of(number, MAX_ANSWER)));
      }
    }
    return problems;
  }
}
