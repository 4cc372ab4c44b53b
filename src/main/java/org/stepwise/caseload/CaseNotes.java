package org.stepwise.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.internal.CaseNote;
import org.stepwise.caseload.internal.CaseNoteRepository;
import org.stepwise.caseload.internal.CaseRepository;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;

/** Notes of contacts with (or about) the person on an open case. Practitioners and managers. */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class CaseNotes {

  /** The longest contact a note can record, in minutes. */
  public static final int MAX_MINUTES = CaseNote.MAX_MINUTES;

  /** The longest note text, in characters. */
  public static final int MAX_TEXT = CaseNote.MAX_TEXT;

  /**
   * A note as written.
   *
   * @param minutes the length of the contact, or null
   * @param on the day of the contact, or null for today
   */
  public record NewNote(
      ContactType contactType, Integer minutes, Set<Topic> topics, String text, LocalDate on) {}

  private final CaseRepository cases;
  private final CaseNoteRepository notes;
  private final AuditLog auditLog;
  private final Clock clock;

  private final org.stepwise.caseload.internal.CaseAccess access;

  CaseNotes(
      CaseRepository cases,
      CaseNoteRepository notes,
      AuditLog auditLog,
      Clock clock,
      org.stepwise.caseload.internal.CaseAccess access) {
    this.access = access;
    this.cases = cases;
    this.notes = notes;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** A note the same as one written on the case this recently is the same one sent twice. */
  static final java.time.Duration SAME_NOTE_WITHIN = java.time.Duration.ofMinutes(10);

  /**
   * Notes a contact. A note saying exactly what one written on the case in the last {@link
   * #SAME_NOTE_WITHIN} says (the button pressed twice, the page sent again) is not written again.
   *
   * @throws ChangeRefused when the case is closed, without a contact type, with neither topics nor
   *     text, a length outside 1 to {@value #MAX_MINUTES} minutes, or a date after today
   * @throws RecordNotFound when there is no such case
   */
  @Transactional
  public void add(CaseId id, NewNote note) {
    var c = cases.findById(id.id()).orElseThrow(() -> new RecordNotFound("case"));
    access.check(c);
    if (!c.isOpen()) {
      throw new ChangeRefused("case.closed");
    }
    var today = LocalDate.now(clock.withZone(Dates.LONDON));
    var written =
        CaseNote.write(
            id.id(),
            note.contactType(),
            note.minutes(),
            note.topics(),
            note.text(),
            note.on() == null ? today : note.on(),
            today);
    notes.lockCase(id.id());
    var recent = notes.findByCaseSince(id.id(), clock.instant().minus(SAME_NOTE_WITHIN));
    if (recent.stream().anyMatch(written::saysTheSameAs)) {
      return;
    }
    var saved = notes.save(written);
    auditLog.recordAbout(
        AuditAction.CREATE, "case-note", saved.id(), java.util.List.of(c.personId()), null);
  }
}
