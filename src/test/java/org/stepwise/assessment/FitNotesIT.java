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
import org.stepwise.caseload.Caseloads;
import org.stepwise.programme.Programmes;

/** Fit notes follow the 2022 form's rules and the newest comes first. */
@StepwiseIntegrationTest
class FitNotesIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Caseloads caseloads;
  @Autowired FitNotes fitNotes;

  private static FitNote note(
      FitNote.Verdict verdict, Set<FitNote.Advice> advice, LocalDate from, LocalDate until) {
    return new FitNote(
        null,
        from,
        "Multiple sclerosis",
        verdict,
        advice,
        null,
        from,
        until,
        false,
        "Dr Ade",
        FitNote.Issuer.DOCTOR);
  }

  @Test
  void adviceGoesOnlyWithMayBeFitAndThePeriodRunsForwards() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Ffion");
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
        .hasMessageContaining("may be fit for work");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () ->
                        fitNotes.record(
                            id, note(FitNote.Verdict.NOT_FIT, Set.of(), day, day.minusDays(1))),
                    "PRACTITIONER"))
        .hasMessage("The end of the period must be on or after its start");
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
                                " ",
                                FitNote.Verdict.NOT_FIT,
                                Set.of(),
                                null,
                                day,
                                null,
                                false,
                                "Dr Ade",
                                FitNote.Issuer.DOCTOR)),
                    "PRACTITIONER"))
        .hasMessageStartingWith("A fit note needs");

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
}
