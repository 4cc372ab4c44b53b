package org.stepwise.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.Caseloads;

/**
 * Fit notes the person has had, recorded from a case. Practitioners and managers; every read and
 * change is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class FitNotes {

  private final JdbcClient jdbc;
  private final Caseloads caseloads;
  private final AuditLog auditLog;

  FitNotes(JdbcClient jdbc, Caseloads caseloads, AuditLog auditLog) {
    this.jdbc = jdbc;
    this.caseloads = caseloads;
    this.auditLog = auditLog;
  }

  /**
   * Records a fit note for the person on the case.
   *
   * @throws IllegalArgumentException when a required part is missing, the period ends before it
   *     starts, or advice is given with "not fit"
   */
  @Transactional
  public UUID record(UUID caseId, FitNote note) {
    if (note.assessedOn() == null
        || note.from() == null
        || note.verdict() == null
        || note.issuer() == null
        || note.conditions() == null
        || note.conditions().isBlank()
        || note.issuerName() == null
        || note.issuerName().isBlank()) {
      throw new IllegalArgumentException(
          "A fit note needs its date of assessment, condition, verdict, start date"
              + " and the issuer's name and profession");
    }
    if (note.until() != null && note.until().isBefore(note.from())) {
      throw new IllegalArgumentException("The end of the period must be on or after its start");
    }
    if (note.verdict() == FitNote.Verdict.NOT_FIT && !note.advice().isEmpty()) {
      throw new IllegalArgumentException(
          "Advice about work only goes with \"may be fit for work\"");
    }
    var personId = personOn(caseId);
    var id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into fit_note (id, person_id, care_case_id, assessed_on, conditions, verdict, advice, effects,
          covers_from, covers_until, reassessment_needed, issuer_name, issuer, created_at, created_by)
        values (:id, :person, :case, :assessedOn, :conditions, :verdict, :advice, :effects, :from, :until,
          :reassess, :issuerName, :issuer, now(), :by)""")
        .param("id", id)
        .param("person", personId)
        .param("case", caseId)
        .param("assessedOn", note.assessedOn())
        .param("conditions", note.conditions().trim())
        .param("verdict", note.verdict().name())
        .param(
            "advice",
            note.advice().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .param(
            "effects",
            note.effects() == null || note.effects().isBlank() ? null : note.effects().trim())
        .param("from", note.from())
        .param("until", note.until())
        .param("reassess", note.reassessmentNeeded())
        .param("issuerName", note.issuerName().trim())
        .param("issuer", note.issuer().name())
        .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
        .update();
    auditLog.record(AuditAction.CREATE, "fit-note", personId, "from case " + caseId);
    return id;
  }

  /** The person's fit notes, newest first. */
  @Transactional
  public List<FitNote> forCase(UUID caseId) {
    var personId = personOn(caseId);
    auditLog.record(AuditAction.READ, "fit-note", personId, "from case " + caseId);
    return jdbc.sql(
            "select * from fit_note where person_id = :p order by covers_from desc, created_at desc")
        .param("p", personId)
        .query(FitNotes::note)
        .list();
  }

  /** The newest fit note, if any. */
  @Transactional
  public Optional<FitNote> latest(UUID caseId) {
    return forCase(caseId).stream().findFirst();
  }

  private UUID personOn(UUID caseId) {
    return caseloads
        .find(caseId)
        .orElseThrow(() -> new IllegalArgumentException("No such case"))
        .personId();
  }

  private static FitNote note(ResultSet row, int n) throws SQLException {
    var advice = EnumSet.noneOf(FitNote.Advice.class);
    var stored = row.getString("advice");
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(FitNote.Advice::valueOf).forEach(advice::add);
    }
    var until = row.getObject("covers_until", java.time.LocalDate.class);
    return new FitNote(
        row.getObject("id", UUID.class),
        row.getObject("assessed_on", java.time.LocalDate.class),
        row.getString("conditions"),
        FitNote.Verdict.valueOf(row.getString("verdict")),
        advice,
        row.getString("effects"),
        row.getObject("covers_from", java.time.LocalDate.class),
        until,
        row.getBoolean("reassessment_needed"),
        row.getString("issuer_name"),
        FitNote.Issuer.valueOf(row.getString("issuer")));
  }
}
