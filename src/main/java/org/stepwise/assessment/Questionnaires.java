package org.stepwise.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.assessment.internal.CompletedQuestionnaire;
import org.stepwise.assessment.internal.CompletedQuestionnaireRepository;
import org.stepwise.assessment.internal.QuestionnaireDefinitions;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;
import org.stepwise.site.TimelineSource;

/**
 * Questionnaires completed on a case: the definitions, completing one with the practitioner in a
 * session, and the completions kept with the scores their definition gave at the time. Links for
 * the person to complete one online are {@link QuestionnaireLinks}; the wording of licensed ones is
 * {@link QuestionnaireWording}. Practitioners and managers; every read and change of a person's
 * answers is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Questionnaires {

  private final QuestionnaireDefinitions definitions;
  private final CompletedQuestionnaireRepository completed;
  private final Cases cases;
  private final AuditLog auditLog;
  private final Clock clock;

  Questionnaires(
      QuestionnaireDefinitions definitions,
      CompletedQuestionnaireRepository completed,
      Cases cases,
      AuditLog auditLog,
      Clock clock) {
    this.definitions = definitions;
    this.completed = completed;
    this.cases = cases;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** Every questionnaire, with any wording an administrator has loaded. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','ADMIN')")
  public List<Questionnaire> available() {
    return definitions.all();
  }

  /**
   * One questionnaire, with any wording an administrator has loaded.
   *
   * @throws RecordNotFound for an unknown code
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','ADMIN')")
  public Questionnaire definition(String code) {
    return definitions.find(code).orElseThrow(() -> new RecordNotFound("questionnaire"));
  }

  /**
   * Records a questionnaire completed with the practitioner.
   *
   * @throws Scoring.InvalidAnswers naming each question that needs an answer
   * @throws ChangeRefused for a closed case, or a date (field {@code on}) missing or after today
   * @throws RecordNotFound for an unknown case or questionnaire
   */
  @Transactional
  public QuestionnaireResponseId complete(
      CaseId caseId, String code, Map<String, Integer> answers, LocalDate on) {
    cases.checkAccess(caseId);
    return complete(
        caseId, QuestionnaireResponseId.of(java.util.UUID.randomUUID()), code, answers, on);
  }

  /**
   * Records a questionnaire completed with the practitioner under the id its form was given when it
   * was shown. The same form sent again with the same answers (a second press of the button, a
   * resent page) records nothing more and returns the same id.
   *
   * @throws Scoring.InvalidAnswers naming each question that needs an answer
   * @throws ChangeRefused for a closed case, a date (field {@code on}) missing or after today, or
   *     an id already used for other answers, another questionnaire or another case
   * @throws RecordNotFound for an unknown case or questionnaire
   */
  @Transactional
  public QuestionnaireResponseId complete(
      CaseId caseId,
      QuestionnaireResponseId responseId,
      String code,
      Map<String, Integer> answers,
      LocalDate on) {
    cases.checkAccess(caseId);
    var q = definition(code);
    completed.lockId(responseId.id());
    var already = completed.findById(responseId.id());
    if (already.isPresent()) {
      if (caseId.equals(already.get().caseId()) && already.get().isCompletionOf(q, answers, on)) {
        return responseId;
      }
      // Sent again changed (back to the form, an answer changed): say so rather than keep either.
      throw new ChangeRefused("questionnaire.alreadyRecorded");
    }
    var c = openCase(caseId);
    if (on == null) {
      throw ChangeRefused.onField("on", "questionnaire.on.required");
    }
    if (on.isAfter(LocalDate.now(clock.withZone(Dates.LONDON)))) {
      throw ChangeRefused.onField("on", "questionnaire.on.future");
    }
    var saved =
        completed.save(
            CompletedQuestionnaire.score(
                responseId.id(),
                q,
                new CompletedQuestionnaire.Whose(
                    c.caseId().id(), c.referralId().id(), c.personId().id()),
                answers,
                on,
                false));
    auditLog.record(
        AuditAction.CREATE,
        "questionnaire-response",
        c.personId().id(),
        q.code() + " from case " + caseId);
    return QuestionnaireResponseId.of(saved.getId());
  }

  /** The questionnaires completed on the case, newest first. */
  @Transactional
  public List<QuestionnaireResponse> forCase(CaseId caseId) {
    cases.checkAccess(caseId);
    var c = find(caseId);
    auditLog.record(
        AuditAction.READ, "questionnaire-response", c.personId().id(), "from case " + caseId);
    return completed.findOnCase(caseId.id()).stream().map(this::view).toList();
  }

  /** One completed questionnaire on the case. */
  @Transactional
  public Optional<QuestionnaireResponse> response(CaseId caseId, QuestionnaireResponseId id) {
    cases.checkAccess(caseId);
    var c = find(caseId);
    auditLog.record(
        AuditAction.READ, "questionnaire-response", c.personId().id(), id + " from case " + caseId);
    return completed.findOnCase(caseId.id(), id.id()).map(this::view);
  }

  /**
   * The questionnaires completed on a referral's case, newest first (for the referral's and case's
   * pages).
   */
  @Transactional
  public List<QuestionnaireResponse> forReferral(ReferralId referralId) {
    cases.checkReferralAccess(referralId);
    var list = completed.findOnReferral(referralId.id()).stream().map(this::view).toList();
    if (!list.isEmpty()) {
      auditLog.record(AuditAction.READ, "questionnaire-response", referralId.id(), "referral page");
    }
    return list;
  }

  /** Timeline entries for the questionnaires completed on a referral's case. */
  @Transactional
  public List<TimelineSource.Entry> timeline(ReferralId referralId) {
    cases.checkReferralAccess(referralId);
    return forReferral(referralId).stream()
        .map(
            r ->
                new TimelineSource.Entry(
                    r.at(),
                    "Questionnaire",
                    r.name() + (r.byPerson() ? " (returned online)" : "") + ": " + r.summary(),
                    r.byPerson() ? "The person" : r.by()))
        .toList();
  }

  private QuestionnaireResponse view(CompletedQuestionnaire r) {
    return r.view(definitions.nameOf(r.code()));
  }

  private CaseView find(CaseId caseId) {
    return cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
  }

  private CaseView openCase(CaseId caseId) {
    var c = find(caseId);
    if (!c.open()) {
      throw new ChangeRefused("questionnaire.case.closed");
    }
    return c;
  }
}
