package org.stepwise.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.assessment.internal.RecordedFitNote;
import org.stepwise.assessment.internal.RecordedFitNoteRepository;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;

/**
 * Fit notes the person has had, recorded from a case. Practitioners and managers; every read and
 * change is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class FitNotes {

  private final RecordedFitNoteRepository notes;
  private final Cases cases;
  private final AuditLog auditLog;

  FitNotes(RecordedFitNoteRepository notes, Cases cases, AuditLog auditLog) {
    this.notes = notes;
    this.cases = cases;
    this.auditLog = auditLog;
  }

  /**
   * Records a fit note for the person on the case. One the same in every part as a fit note the
   * person already has (the button pressed twice) records nothing more and returns the first.
   *
   * @throws RecordNotFound when there is no such case
   * @throws ChangeRefused when a required part is missing, the date of statement is before the
   *     assessment, the period ends before it starts, or advice is given with "not fit"
   */
  @Transactional
  public FitNoteId record(CaseId caseId, FitNote note) {
    cases.checkAccess(caseId);
    var personId = personOn(caseId);
    var recorded = RecordedFitNote.record(caseId.id(), personId, note);
    // The same fit note recorded again (the button pressed twice): nothing more is recorded.
    notes.lockPerson(personId);
    for (var kept : notes.findForPerson(personId)) {
      if (kept.recordsTheSameAs(recorded)) {
        return FitNoteId.of(kept.getId());
      }
    }
    var saved = notes.save(recorded);
    auditLog.record(AuditAction.CREATE, "fit-note", personId, "from case " + caseId);
    return FitNoteId.of(saved.getId());
  }

  /** The person's fit notes, newest first. */
  @Transactional
  public List<FitNote> forCase(CaseId caseId) {
    cases.checkAccess(caseId);
    var personId = personOn(caseId);
    auditLog.record(AuditAction.READ, "fit-note", personId, "from case " + caseId);
    return notes.findForPerson(personId).stream().map(RecordedFitNote::view).toList();
  }

  /** The newest fit note, if any. */
  @Transactional
  public Optional<FitNote> latest(CaseId caseId) {
    cases.checkAccess(caseId);
    return forCase(caseId).stream().findFirst();
  }

  private UUID personOn(CaseId caseId) {
    return cases.find(caseId).orElseThrow(() -> new RecordNotFound("case")).personId().id();
  }
}
