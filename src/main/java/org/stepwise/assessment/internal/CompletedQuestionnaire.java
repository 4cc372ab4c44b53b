package org.stepwise.assessment.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.util.PGobject;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireResponse;
import org.stepwise.assessment.QuestionnaireResponseId;
import org.stepwise.assessment.Scoring;
import org.stepwise.caseload.CaseId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One completion of a questionnaire, with the scores its definition gave when it was completed:
 * with the practitioner in a session, or by the person from a link. Kept as it was scored; never
 * changed afterwards. The answers, scores and alerts are JSON columns.
 */
@Table("questionnaire_response")
public class CompletedQuestionnaire extends InsertOnly {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID personId;
  private final UUID careCaseId;
  private final UUID referralId;
  private final String code;

  @Column("version")
  private final int definitionVersion;

  private final PGobject answers;
  private final PGobject scores;
  private final String result;
  private final PGobject alerts;
  private final LocalDate completedOn;
  private final boolean byPerson;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;

  @PersistenceCreator
  CompletedQuestionnaire(
      UUID id,
      UUID organisationId,
      UUID personId,
      UUID careCaseId,
      UUID referralId,
      String code,
      int definitionVersion,
      PGobject answers,
      PGobject scores,
      String result,
      PGobject alerts,
      LocalDate completedOn,
      boolean byPerson) {
    this.id = id;
    this.organisationId = organisationId;
    this.personId = personId;
    this.careCaseId = careCaseId;
    this.referralId = referralId;
    this.code = code;
    this.definitionVersion = definitionVersion;
    this.answers = answers;
    this.scores = scores;
    this.result = result;
    this.alerts = alerts;
    this.completedOn = completedOn;
    this.byPerson = byPerson;
  }

  /** Whose answers these are: the person on a case. */
  public record Whose(UUID caseId, UUID referralId, UUID personId) {}

  /**
   * Scores answers by the questionnaire's own rules; an answer to an item that was skipped is
   * dropped.
   *
   * @param byPerson returned by the person from a link, rather than completed with the practitioner
   * @throws Scoring.InvalidAnswers naming each question that needs an answer or has one out of
   *     range
   */
  public static CompletedQuestionnaire score(
      Questionnaire q, Whose whose, Map<String, Integer> answers, LocalDate on, boolean byPerson) {
    return score(UUID.randomUUID(), q, whose, answers, on, byPerson);
  }

  /** The same, under an id chosen beforehand (the id a completion form was given when shown). */
  public static CompletedQuestionnaire score(
      UUID id,
      Questionnaire q,
      Whose whose,
      Map<String, Integer> answers,
      LocalDate on,
      boolean byPerson) {
    var kept = Scoring.check(q, answers);
    var scored = Scoring.score(q, kept);
    return new CompletedQuestionnaire(
            id,
            null,
            whose.personId(),
            whose.caseId(),
            whose.referralId(),
            q.code(),
            q.version(),
            json(kept),
            json(scored.values()),
            scored.result(),
            json(scored.alerts()),
            on,
            byPerson)
        .asNew();
  }

  /** How it is shown, with the questionnaire's name. */
  public QuestionnaireResponse view(String name) {
    return new QuestionnaireResponse(
        QuestionnaireResponseId.of(id),
        CaseId.of(careCaseId),
        code,
        definitionVersion,
        name,
        completedOn,
        byPerson,
        read(answers, new TypeReference<LinkedHashMap<String, Integer>>() {}),
        read(scores, new TypeReference<List<Scoring.Value>>() {}),
        result,
        read(alerts, new TypeReference<List<String>>() {}),
        createdBy,
        createdAt);
  }

  private static PGobject json(Object value) {
    var json = new PGobject();
    json.setType("jsonb");
    try {
      json.setValue(JSON.writeValueAsString(value));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return json;
  }

  private static <T> T read(PGobject json, TypeReference<T> type) {
    return JSON.readValue(json.getValue(), type);
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public String code() {
    return code;
  }

  /**
   * Whether these are the answers this completion keeps, for the same questionnaire on the same
   * day: the same form sent again.
   *
   * @throws Scoring.InvalidAnswers as {@link #score} would
   */
  public boolean isCompletionOf(Questionnaire q, Map<String, Integer> given, LocalDate on) {
    return code.equals(q.code())
        && completedOn.equals(on)
        && read(answers, new TypeReference<LinkedHashMap<String, Integer>>() {})
            .equals(Scoring.check(q, given));
  }

  /** The case it was completed on, or null. */
  public CaseId caseId() {
    return careCaseId == null ? null : CaseId.of(careCaseId);
  }
}
