package org.stepwise.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stepwise.caseload.CaseId;

/**
 * A completed questionnaire with the scores worked out when it was completed.
 *
 * @param byPerson completed by the person online rather than with the practitioner
 * @param by who recorded it ("public" when the person returned it online)
 */
public record QuestionnaireResponse(
    QuestionnaireResponseId id,
    CaseId caseId,
    String code,
    int version,
    String name,
    LocalDate completedOn,
    boolean byPerson,
    Map<String, Integer> answers,
    List<Scoring.Value> scores,
    String result,
    List<String> alerts,
    String by,
    Instant at) {

  /** A one-line summary, e.g. "Total 12 (Moderate)". */
  public String summary() {
    return new Scoring.Result(scores, result, alerts).summary();
  }
}
