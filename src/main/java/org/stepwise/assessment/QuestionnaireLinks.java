package org.stepwise.assessment;

import java.time.Clock;
import java.time.Duration;
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
import org.stepwise.assessment.internal.QuestionnaireRequest;
import org.stepwise.assessment.internal.QuestionnaireRequestRepository;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;

/**
 * Links for the person to complete a questionnaire online: made and cancelled by practitioners and
 * managers on a case, opened and returned by the person without signing in. The link's secret is
 * the key, and only its hash is stored. A returned questionnaire goes on the worker's caseload.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class QuestionnaireLinks {

  /** How long a link stays open. */
  public static final Duration LINK_LIFE = QuestionnaireRequest.LIFE;

  private final QuestionnaireDefinitions definitions;
  private final QuestionnaireRequestRepository requests;
  private final CompletedQuestionnaireRepository completed;
  private final Cases cases;
  private final Caseloads caseloads;
  private final AuditLog auditLog;
  private final Clock clock;

  QuestionnaireLinks(
      QuestionnaireDefinitions definitions,
      QuestionnaireRequestRepository requests,
      CompletedQuestionnaireRepository completed,
      Cases cases,
      Caseloads caseloads,
      AuditLog auditLog,
      Clock clock) {
    this.definitions = definitions;
    this.requests = requests;
    this.completed = completed;
    this.cases = cases;
    this.caseloads = caseloads;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Makes a link for the person to complete a questionnaire online. The secret part is only in the
   * returned link; pass it on to the person.
   *
   * @throws ChangeRefused for a closed case, or a licensed questionnaire without wording
   * @throws RecordNotFound for an unknown case or questionnaire
   */
  @Transactional
  public QuestionnaireLink send(CaseId caseId, String code) {
    cases.checkAccess(caseId);
    var c = find(caseId);
    if (!c.open()) {
      throw new ChangeRefused("questionnaire.case.closed");
    }
    var q = definitions.find(code).orElseThrow(() -> new RecordNotFound("questionnaire"));
    if (!q.hasWording()) {
      throw new ChangeRefused("questionnaire.send.noWording", q.name());
    }
    var made =
        QuestionnaireRequest.make(
            c.caseId().id(), c.referralId().id(), c.personId().id(), code, clock.instant());
    var saved = requests.save(made.request());
    auditLog.record(
        AuditAction.CREATE,
        "questionnaire-request",
        c.personId().id(),
        code + " from case " + caseId);
    return view(saved, made.token());
  }

  /** The links sent on the case, newest first (without their secrets). */
  @Transactional
  public List<QuestionnaireLink> links(CaseId caseId) {
    cases.checkAccess(caseId);
    find(caseId);
    return requests.findOnCase(caseId.id()).stream().map(r -> view(r, null)).toList();
  }

  /**
   * Cancels a link, so it no longer opens.
   *
   * @throws ChangeRefused when it has already been returned or cancelled
   * @throws RecordNotFound when the case has no such link
   */
  @Transactional
  public void cancel(CaseId caseId, QuestionnaireLinkId linkId) {
    cases.checkAccess(caseId);
    var c = find(caseId);
    var request =
        requests
            .findById(linkId.id())
            .filter(r -> r.caseId().equals(caseId.id()))
            .orElseThrow(() -> new RecordNotFound("questionnaire link"));
    request.cancel(clock.instant());
    requests.save(request);
    auditLog.record(
        AuditAction.UPDATE, "questionnaire-request", c.personId().id(), "cancelled " + linkId);
  }

  /** The questionnaire a link opens, if it is still waiting: no sign-in needed. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Optional<Questionnaire> forLink(String token) {
    return waiting(token).flatMap(r -> definitions.find(r.code()));
  }

  /**
   * Stores the person's answers from a link, closes the link and puts "questionnaire returned" on
   * the worker's caseload, with any alert in its description. No sign-in needed.
   *
   * @throws Scoring.InvalidAnswers naming each question that needs an answer
   * @throws ChangeRefused when the link no longer opens (returned, cancelled, expired or unknown)
   */
  @PreAuthorize("permitAll()")
  @Transactional
  public void returnByLink(String token, Map<String, Integer> answers) {
    var request = waiting(token).orElseThrow(() -> new ChangeRefused("questionnaire.link.notOpen"));
    var q = definitions.find(request.code()).orElseThrow();
    var today = LocalDate.now(clock.withZone(Dates.LONDON));
    var response =
        completed.save(
            CompletedQuestionnaire.score(
                q,
                new CompletedQuestionnaire.Whose(
                    request.caseId(), request.referralId(), request.personId()),
                answers,
                today,
                true));
    request.returned(response.getId(), clock.instant());
    requests.save(request);
    auditLog.record(
        AuditAction.CREATE,
        "questionnaire-response",
        request.personId(),
        q.code() + " returned online");
    var scored = response.view(q.name());
    var alert = scored.alerts().isEmpty() ? "" : " ALERT: " + String.join(" ", scored.alerts());
    caseloads.raiseWorkItem(
        new CaseId(request.caseId()),
        WorkItemKind.QUESTIONNAIRE_RETURNED,
        q.name() + ", completed online: " + scored.summary() + "." + alert,
        today,
        "questionnaire-returned:" + response.getId());
  }

  /**
   * The questionnaire a link opened, once the person has returned it (so answers sent twice are
   * thanked for twice, not refused): no sign-in needed.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Optional<Questionnaire> returnedByLink(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return requests
        .findReturned(QuestionnaireRequest.hash(token))
        .flatMap(r -> definitions.find(r.code()));
  }

  private Optional<QuestionnaireRequest> waiting(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return requests.findWaiting(QuestionnaireRequest.hash(token), clock.instant());
  }

  private QuestionnaireLink view(QuestionnaireRequest r, String token) {
    return new QuestionnaireLink(
        QuestionnaireLinkId.of(r.id()),
        r.code(),
        definitions.nameOf(r.code()),
        token,
        r.expiresAt(),
        r.createdAt(),
        r.createdBy(),
        r.status(clock.instant()));
  }

  private CaseView find(CaseId caseId) {
    return cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
  }
}
