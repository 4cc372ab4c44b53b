package org.stepwise.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.assessment.FitNote;
import org.stepwise.assessment.FitNoteId;
import org.stepwise.site.ChangeRefused;

/**
 * A fit note (Statement of Fitness for Work, 2022 form) as recorded from the person's copy, kept
 * with the person across their cases. Recording it refuses a note the form's rules do not allow;
 * once recorded it is not changed.
 */
@Table("fit_note")
public class RecordedFitNote extends InsertOnly {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID personId;
  private final UUID careCaseId;
  private final LocalDate assessedOn;
  private final LocalDate statementOn;
  private final String conditions;
  private final FitNote.Verdict verdict;

  /** The advice's names, sorted, separated by commas; empty for none. */
  private final String advice;

  private final String effects;
  private final LocalDate coversFrom;
  private final LocalDate coversUntil;
  private final Integer durationCount;
  private final FitNote.Unit durationUnit;
  private final boolean reassessmentNeeded;
  private final String issuerName;
  private final FitNote.Issuer issuer;
  private final String practiceAddress;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;

  @PersistenceCreator
  RecordedFitNote(
      UUID id,
      UUID organisationId,
      UUID personId,
      UUID careCaseId,
      LocalDate assessedOn,
      LocalDate statementOn,
      String conditions,
      FitNote.Verdict verdict,
      String advice,
      String effects,
      LocalDate coversFrom,
      LocalDate coversUntil,
      Integer durationCount,
      FitNote.Unit durationUnit,
      boolean reassessmentNeeded,
      String issuerName,
      FitNote.Issuer issuer,
      String practiceAddress) {
    this.id = id;
    this.organisationId = organisationId;
    this.personId = personId;
    this.careCaseId = careCaseId;
    this.assessedOn = assessedOn;
    this.statementOn = statementOn;
    this.conditions = conditions;
    this.verdict = verdict;
    this.advice = advice;
    this.effects = effects;
    this.coversFrom = coversFrom;
    this.coversUntil = coversUntil;
    this.durationCount = durationCount;
    this.durationUnit = durationUnit;
    this.reassessmentNeeded = reassessmentNeeded;
    this.issuerName = issuerName;
    this.issuer = issuer;
    this.practiceAddress = practiceAddress;
  }

  /**
   * Records a fit note for the person on a case.
   *
   * @throws ChangeRefused when a required part is missing, the date of statement is before the
   *     assessment, a length of time does not start on the date of statement, the period ends
   *     before it starts, or advice is given with "not fit"
   */
  public static RecordedFitNote record(UUID caseId, UUID personId, FitNote note) {
    if (note.assessedOn() == null
        || note.from() == null
        || note.verdict() == null
        || note.issuer() == null
        || blank(note.conditions())
        || blank(note.issuerName())
        || note.advice() == null) {
      throw new ChangeRefused("fitNote.incomplete");
    }
    if (note.statementOn() != null && note.statementOn().isBefore(note.assessedOn())) {
      throw ChangeRefused.onField("statementOn", "fitNote.statementOn.beforeAssessed");
    }
    var length = note.length();
    if (length != null
        && (note.until() != null
            || note.statementOn() == null
            || !note.from().equals(note.statementOn())
            || length.unit() == null
            || length.count() < 1
            || length.count() > FitNote.Length.MOST)) {
      throw ChangeRefused.onField("durationCount", "fitNote.length.fromStatement");
    }
    if (note.until() != null && note.until().isBefore(note.from())) {
      throw ChangeRefused.onField("until", "fitNote.until.beforeFrom");
    }
    if (note.verdict() == FitNote.Verdict.NOT_FIT && !note.advice().isEmpty()) {
      throw ChangeRefused.onField("advice", "fitNote.advice.notFit");
    }
    return new RecordedFitNote(
            UUID.randomUUID(),
            null,
            personId,
            caseId,
            note.assessedOn(),
            note.statementOn(),
            note.conditions().trim(),
            note.verdict(),
            note.advice().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            blankToNull(note.effects()),
            note.from(),
            note.until(),
            length == null ? null : length.count(),
            length == null ? null : length.unit(),
            note.reassessmentNeeded(),
            note.issuerName().trim(),
            note.issuer(),
            blankToNull(note.practiceAddress()))
        .asNew();
  }

  /** The note as the API gives it. */
  public FitNote view() {
    var chosen = EnumSet.noneOf(FitNote.Advice.class);
    if (advice != null && !advice.isBlank()) {
      Arrays.stream(advice.split(",")).map(FitNote.Advice::valueOf).forEach(chosen::add);
    }
    return new FitNote(
        FitNoteId.of(id),
        assessedOn,
        statementOn,
        conditions,
        verdict,
        chosen,
        effects,
        coversFrom,
        coversUntil,
        durationUnit == null ? null : new FitNote.Length(durationCount, durationUnit),
        reassessmentNeeded,
        issuerName,
        issuer,
        practiceAddress);
  }

  /** Whether the other records the same fit note as this one: everything on it but the id. */
  public boolean recordsTheSameAs(RecordedFitNote other) {
    return personId.equals(other.personId) && unnumbered(view()).equals(unnumbered(other.view()));
  }

  private static FitNote unnumbered(FitNote n) {
    return new FitNote(
        null,
        n.assessedOn(),
        n.statementOn(),
        n.conditions(),
        n.verdict(),
        n.advice(),
        n.effects(),
        n.from(),
        n.until(),
        n.length(),
        n.reassessmentNeeded(),
        n.issuerName(),
        n.issuer(),
        n.practiceAddress());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return blank(text) ? null : text.trim();
  }

  @Override
  public UUID getId() {
    return id;
  }
}
