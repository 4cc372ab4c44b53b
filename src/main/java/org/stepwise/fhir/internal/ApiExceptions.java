package org.stepwise.fhir.internal;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a client is told when something other than a FHIR error goes wrong: access refused deeper in
 * Stepwise is a 403, two identical requests racing is a 409, and anything else a 500 that names a
 * log reference instead of Java class names.
 */
@Interceptor
class ApiExceptions {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptions.class);

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException translate(Throwable thrown) {
    for (var cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccessDeniedException) {
        var message = "This client's scopes do not allow that";
        var outcome = new OperationOutcome();
        outcome
            .addIssue()
            .setSeverity(OperationOutcome.IssueSeverity.ERROR)
            .setCode(OperationOutcome.IssueType.FORBIDDEN)
            .setDiagnostics(message);
        return new ForbiddenOperationException(message, outcome);
      }
      if (cause instanceof DataIntegrityViolationException) {
        var message =
            "Something with the same identifier was recorded while this request was being processed, so"
                + " nothing was recorded from it. Send it again to get what was recorded.";
        var outcome = new OperationOutcome();
        outcome
            .addIssue()
            .setSeverity(OperationOutcome.IssueSeverity.ERROR)
            .setCode(OperationOutcome.IssueType.CONFLICT)
            .setDiagnostics(message);
        return new ResourceVersionConflictException(message, null, outcome);
      }
    }
    if (thrown instanceof BaseServerResponseException known
        && !(thrown instanceof InternalErrorException)) {
      return known;
    }
    var reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("FHIR request failed (reference {})", reference, thrown);
    return new InternalErrorException(
        "Something went wrong in Stepwise (reference "
            + reference
            + "). A referral sent may or may not have been recorded: send it again later with the"
            + " same identifier, which records it once either way (200 OK if it was). Quote the"
            + " reference if it keeps happening.");
  }
}
