package org.stepwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;

/** Fit notes follow the 2022 form's rules and the newest comes first. */
@StepwiseIntegrationTest
class FitNotesIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired FitNotes fitNotes;

  private static FitNote note(
      FitNote.Verdict verdict, Set<FitNote.Advice> advice, LocalDate from, LocalDate until) {
    return new FitNote(
        null,
        from,
        from,
        "Multiple sclerosis",
        verdict,
        advice,
        null,
        from,
        until,
        null,
        false,
        "Dr Ade",
        FitNote.Issuer.DOCTOR,
        null);
  }

  @Test
  void adviceGoesOnlyWithMayBeFitAndThePeriodRunsForwards() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Ffion");
    var id = open.caseId();
    var day = LocalDate.of(2026, 10, 1);
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () ->
                        fitNotes.record(
                            id,
                            note(
                                FitNote.Verdict.NOT_FIT,
                                EnumSet.of(FitNote.Advice.ALTERED_HOURS),
                                day,
                                null)),
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("fitNote.advice.notFit"));
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () ->
                        fitNotes.record(
                            id, note(FitNote.Verdict.NOT_FIT, Set.of(), day, day.minusDays(1))),
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("fitNote.until.beforeFrom"));
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () ->
                        fitNotes.record(
                            id,
                            new FitNote(
                                null,
                                day,
                                day,
                                " ",
                                FitNote.Verdict.NOT_FIT,
                                Set.of(),
                                null,
                                day,
                                null,
                                null,
                                false,
                                "Dr Ade",
                                FitNote.Issuer.DOCTOR,
                                null)),
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            ChangeRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fitNote.incomplete"));

    TestData.as(
        "practitioner",
        () -> fitNotes.record(id, note(FitNote.Verdict.NOT_FIT, Set.of(), day, day.plusWeeks(4))),
        "PRACTITIONER");
    TestData.as(
        "practitioner",
        () ->
            fitNotes.record(
                id,
                note(
                    FitNote.Verdict.MAY_BE_FIT,
                    EnumSet.of(FitNote.Advice.AMENDED_DUTIES),
                    day.plusWeeks(4),
                    null)),
        "PRACTITIONER");
    var latest =
        TestData.as("practitioner", () -> fitNotes.latest(id), "PRACTITIONER").orElseThrow();
    assertThat(latest.verdict()).isEqualTo(FitNote.Verdict.MAY_BE_FIT);
    assertThat(latest.advice()).containsExactly(FitNote.Advice.AMENDED_DUTIES);
    assertThat(latest.until()).isNull();
    assertThat(TestData.as("practitioner", () -> fitNotes.forCase(id), "PRACTITIONER")).hasSize(2);
  }

  @Test
  void recordsTheDateOfStatementThePracticeAndAPeriodGivenAsALengthOfTime() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Gwen");
    var id = open.caseId();
    var assessed = LocalDate.of(2026, 11, 2);
    var issued = LocalDate.of(2026, 11, 4);
    var twoWeeks =
        new FitNote(
            null,
            assessed,
            issued,
            "Long COVID",
            FitNote.Verdict.MAY_BE_FIT,
            EnumSet.of(FitNote.Advice.ALTERED_HOURS),
            null,
            issued,
            null,
            new FitNote.Length(2, FitNote.Unit.WEEKS),
            true,
            "Alex Morgan",
            FitNote.Issuer.NURSE,
            "Riverside Surgery, 1 Mill Lane, Exampleton");
    var first = TestData.as("practitioner", () -> fitNotes.record(id, twoWeeks), "PRACTITIONER");
    // Recorded again (the button pressed twice): the same note, kept once.
    assertThat(TestData.as("practitioner", () -> fitNotes.record(id, twoWeeks), "PRACTITIONER"))
        .isEqualTo(first);
    assertThat(TestData.as("practitioner", () -> fitNotes.forCase(id), "PRACTITIONER")).hasSize(1);
    var kept = TestData.as("practitioner", () -> fitNotes.latest(id), "PRACTITIONER").orElseThrow();
    assertThat(kept.statementOn()).isEqualTo(issued);
    assertThat(kept.practiceAddress()).isEqualTo("Riverside Surgery, 1 Mill Lane, Exampleton");
    assertThat(kept.length()).isEqualTo(new FitNote.Length(2, FitNote.Unit.WEEKS));
    assertThat(kept.summary())
        .isEqualTo(
            "May be fit for work: altered hours. For 2 weeks from 4 November 2026 (the date of"
                + " statement) (registered nurse, Alex Morgan).");
    assertThat(kept.longerThanThreeMonths()).isFalse();

    var statementBeforeAssessment =
        new FitNote(
            null,
            assessed,
            assessed.minusDays(1),
            "Long COVID",
            FitNote.Verdict.NOT_FIT,
            Set.of(),
            null,
            assessed,
            null,
            null,
            false,
            "Alex Morgan",
            FitNote.Issuer.NURSE,
            null);
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> fitNotes.record(id, statementBeforeAssessment),
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            ChangeRefused.class, e -> assertThat(e.field()).isEqualTo("statementOn"));
  }
}
