package org.stepwise.assessment.internal;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseClosed;

/**
 * When a case closes, links still waiting on it stop opening: the person has left the service, and
 * answers sent afterwards would reach no one. They show as cancelled on the case.
 */
@Component
class LinksOfClosedCases {

  private final QuestionnaireRequestRepository requests;
  private final AuditLog auditLog;
  private final Clock clock;

  LinksOfClosedCases(QuestionnaireRequestRepository requests, AuditLog auditLog, Clock clock) {
    this.requests = requests;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseClosed closed) {
    var now = clock.instant();
    int cancelled = 0;
    for (var request : requests.findUnusedOnCase(closed.caseId().id())) {
      if (request.caseClosed(now)) {
        requests.save(request);
        cancelled++;
      }
    }
    if (cancelled > 0) {
      auditLog.record(
          AuditAction.UPDATE,
          "questionnaire-request",
          closed.personId().id(),
          cancelled + " waiting link(s) cancelled: case " + closed.caseId() + " closed");
    }
  }
}
