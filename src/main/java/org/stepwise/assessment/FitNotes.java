package org.stepwise.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;

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
  private final Clock clock;

  FitNotes(JdbcClient jdbc, Caseloads caseloads, AuditLog auditLog, Clock clock) {
    this.jdbc = jdbc;
    this.caseloads = caseloads;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Records a fit note for the person on the case.
   *
   * @throws RecordNotFound when there is no such case
   * @throws ChangeRefused when a required part is missing, the date of statement is before the
   *     assessment, the period ends before it starts, or advice is given with "not fit"
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
        || note.issuerName().isBlank()
        || note.advice() == null) {
      throw new ChangeRefused("fitNote.incomplete");
    }
    if (note.statementOn() != null && note.statementOn().isBefore(note.assessedOn())) {
      throw ChangeRefused.onField("statementOn", "fitNote.statementOn.beforeAssessed");
    }
    if (note.length() != null
        && (note.until() != null
            || note.statementOn() == null
            || !note.from().equals(note.statementOn())
            || note.length().unit() == null
            || note.length().count() < 1
            || note.length().count() > FitNote.Length.MOST)) {
      throw ChangeRefused.onField("durationCount", "fitNote.length.fromStatement");
    }
    if (note.until() != null && note.until().isBefore(note.from())) {
      throw ChangeRefused.onField("until", "fitNote.until.beforeFrom");
    }
    if (note.verdict() == FitNote.Verdict.NOT_FIT && !note.advice().isEmpty()) {
      throw ChangeRefused.onField("advice", "fitNote.advice.notFit");
    }
    var personId = personOn(caseId);
    var id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into fit_note (id, person_id, care_case_id, assessed_on, statement_on, conditions,
          verdict, advice, effects, covers_from, covers_until, duration_count, duration_unit,
          reassessment_needed, issuer_name, issuer, practice_address, created_at, created_by)
        values (:id, :person, :case, :assessedOn, :statementOn, :conditions, :verdict, :advice,
          :effects, :from, :until, :count, :unit, :reassess, :issuerName, :issuer, :address, :at,
          :by)""")
        .param("id", id)
        .param("person", personId)
        .param("case", caseId)
        .param("assessedOn", note.assessedOn())
        .param("statementOn", note.statementOn())
        .param("conditions", note.conditions().trim())
        .param("verdict", note.verdict().name())
        .param(
            "advice",
            note.advice().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .param("effects", blankToNull(note.effects()))
        .param("from", note.from())
        .param("until", note.until())
        .param("count", note.length() == null ? null : note.length().count())
        .param("unit", note.length() == null ? null : note.length().unit().name())
        .param("reassess", note.reassessmentNeeded())
        .param("issuerName", note.issuerName().trim())
        .param("issuer", note.issuer().name())
        .param("address", blankToNull(note.practiceAddress()))
        .param("at", Timestamp.from(clock.instant()))
        .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
        .update();
    auditLog.record(AuditAction.CREATE, "fit-note", personId, "from case " + caseId);
    return id;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
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
    return caseloads.find(caseId).orElseThrow(() -> new RecordNotFound("case")).personId();
  }

  private static FitNote note(ResultSet row, int n) throws SQLException {
    var advice = EnumSet.noneOf(FitNote.Advice.class);
    var stored = row.getString("advice");
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(FitNote.Advice::valueOf).forEach(advice::add);
    }
    var unit = row.getString("duration_unit");
    var length =
        unit == null
            ? null
            : new FitNote.Length(row.getInt("duration_count"), FitNote.Unit.valueOf(unit));
    return new FitNote(
        row.getObject("id", UUID.class),
        row.getObject("assessed_on", LocalDate.class),
        row.getObject("statement_on", LocalDate.class),
        row.getString("conditions"),
        FitNote.Verdict.valueOf(row.getString("verdict")),
        advice,
        row.getString("effects"),
        row.getObject("covers_from", LocalDate.class),
        row.getObject("covers_until", LocalDate.class),
        length,
        row.getBoolean("reassessment_needed"),
        row.getString("issuer_name"),
        FitNote.Issuer.valueOf(row.getString("issuer")),
        row.getString("practice_address"));
  }
}
