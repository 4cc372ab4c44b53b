package org.stepwise.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.assessment.FitNote;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/**
 * A fit note as typed from the person's copy. {@link #check} adds the checks that span fields: the
 * date of statement not before the assessment, the period given either as dates or as a length of
 * time, and advice only with "may be fit for work".
 *
 * @param period DATES ("from [date] to [date]") or LENGTH ("for [length of time]")
 * @param reassess "yes" when ticked
 */
record FitNoteForm(
    @RealDate(missing = "{fitNote.assessedOn.required}", message = "{fitNote.assessedOn.real}")
        DateField assessedOn,
    @RealDate(missing = "{fitNote.statementOn.required}", message = "{fitNote.statementOn.real}")
        DateField statementOn,
    @NotBlank(message = "{fitNote.conditions.required}")
        @Size(max = 1000, message = "{fitNote.conditions.size}")
        String conditions,
    @NotBlank(message = "{fitNote.verdict.required}") String verdict,
    List<String> advice,
    @Size(max = 4000, message = "{fitNote.effects.size}") String effects,
    @NotBlank(message = "{fitNote.period.required}") String period,
    @RealDate(message = "{fitNote.from.real}") DateField from,
    @RealDate(message = "{fitNote.until.real}") DateField until,
    @Size(max = 10, message = "{fitNote.durationCount.number}") String durationCount,
    String durationUnit,
    List<String> reassess,
    @NotBlank(message = "{fitNote.issuerName.required}")
        @Size(max = 200, message = "{fitNote.issuerName.size}")
        String issuerName,
    @NotBlank(message = "{fitNote.issuer.required}") String issuer,
    @Size(max = 500, message = "{fitNote.practiceAddress.size}") String practiceAddress) {

  static final String DATES = "DATES";
  static final String LENGTH = "LENGTH";

  /** Fields in page order, for the error summary. */
  static final List<String> FIELD_ORDER =
      List.of(
          "assessedOn=assessedOn-day",
          "statementOn=statementOn-day",
          "conditions",
          "verdict",
          "advice",
          "effects",
          "period",
          "from=from-day",
          "until=until-day",
          "durationCount",
          "durationUnit",
          "reassess",
          "issuerName",
          "issuer",
          "practiceAddress");

  static FitNoteForm empty() {
    return new FitNoteForm(
        DateField.empty(),
        DateField.empty(),
        "",
        null,
        List.of(),
        "",
        null,
        DateField.empty(),
        DateField.empty(),
        "",
        null,
        List.of(),
        "",
        null,
        "");
  }

  public List<String> chosenAdvice() {
    return advice == null ? List.of() : advice;
  }

  public List<String> chosenReassess() {
    return reassess == null ? List.of() : reassess;
  }

  /** Adds errors for choices not on the page and for the rules that span fields. */
  void check(BindingResult errors) {
    if (verdict != null && !verdict.isBlank() && parse(FitNote.Verdict.class, verdict).isEmpty()) {
      reject(errors, "verdict", "fitNote.verdict.required");
    }
    if (issuer != null && !issuer.isBlank() && parse(FitNote.Issuer.class, issuer).isEmpty()) {
      reject(errors, "issuer", "fitNote.issuer.required");
    }
    if (chosenAdvice().stream().anyMatch(a -> parse(FitNote.Advice.class, a).isEmpty())) {
      reject(errors, "advice", "fitNote.advice.unknown");
    } else if (FitNote.Verdict.NOT_FIT.name().equals(verdict) && !chosenAdvice().isEmpty()) {
      reject(errors, "advice", "fitNote.advice.notFit");
    }
    var assessed = DateField.dateIn(assessedOn);
    var statement = DateField.dateIn(statementOn);
    if (assessed != null && statement != null && statement.isBefore(assessed)) {
      reject(errors, "statementOn", "fitNote.statementOn.beforeAssessed");
    }
    if (DATES.equals(period)) {
      if (from == null || from.isBlank()) {
        reject(errors, "from", "fitNote.from.required");
      }
      var start = DateField.dateIn(from);
      var end = DateField.dateIn(until);
      if (start != null && end != null && end.isBefore(start)) {
        reject(errors, "until", "fitNote.until.beforeFrom");
      }
    } else if (LENGTH.equals(period)) {
      if (count().isEmpty() && errors.getFieldError("durationCount") == null) {
        reject(errors, "durationCount", "fitNote.durationCount.number");
      }
      if (parse(FitNote.Unit.class, durationUnit).isEmpty()) {
        reject(errors, "durationUnit", "fitNote.durationUnit.required");
      }
    } else if (period != null && !period.isBlank()) {
      reject(errors, "period", "fitNote.period.required");
    }
  }

  /** The note typed; call only when bean validation and {@link #check} found nothing. */
  FitNote toFitNote() {
    var chosen = EnumSet.noneOf(FitNote.Advice.class);
    chosenAdvice().forEach(a -> chosen.add(FitNote.Advice.valueOf(a)));
    var byLength = LENGTH.equals(period);
    var statement = statementOn.toDate();
    return new FitNote(
        null,
        assessedOn.toDate(),
        statement,
        conditions.trim(),
        FitNote.Verdict.valueOf(verdict),
        chosen,
        effects,
        byLength ? statement : from.toDate(),
        byLength ? null : DateField.dateIn(until),
        byLength
            ? new FitNote.Length(count().orElseThrow(), FitNote.Unit.valueOf(durationUnit))
            : null,
        chosenReassess().contains("yes"),
        issuerName.trim(),
        FitNote.Issuer.valueOf(issuer),
        practiceAddress);
  }

  private Optional<Integer> count() {
    try {
      int count = Integer.parseInt(durationCount.trim());
      return count >= 1 && count <= FitNote.Length.MOST ? Optional.of(count) : Optional.empty();
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static void reject(BindingResult errors, String field, String code) {
    if (errors.getFieldError(field) == null) {
      errors.addError(
          new FieldError(
              errors.getObjectName(), field, null, false, new String[] {code}, null, code));
    }
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    try {
      return Optional.of(Enum.valueOf(type, name));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
