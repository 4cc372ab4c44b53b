package org.stepwise.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.Outcome;
import org.stepwise.programme.Programmes;

/**
 * Better-off estimates on the real database: kept with their answers, rule set and working; the
 * rule set in effect today is the one used; rule sets are checked and only administrators add them.
 */
@StepwiseIntegrationTest
class BetterOffIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Caseloads caseloads;
  @Autowired BetterOffEstimates estimates;
  @Autowired BenefitRuleSets ruleSets;

  static final BetterOffInputs SIXTEEN_HOURS =
      new BetterOffInputs(
          true,
          false,
          false,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          new BigDecimal("16"),
          new BigDecimal("12.21"),
          BigDecimal.ZERO);

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  static BenefitRules rulesFrom(LocalDate from, String taper) {
    var figures = new EnumMap<BenefitRules.Figure, BigDecimal>(BenefitRules.Figure.class);
    for (var figure : BenefitRules.Figure.values()) {
      figures.put(figure, figure.in(BetterOffCalculationTest.RULES_2025));
    }
    figures.put(BenefitRules.Figure.TAPER_PERCENT, new BigDecimal(taper));
    return BenefitRules.of(from, figures, "Test figures");
  }

  <T> T asPractitioner(java.util.function.Supplier<T> work) {
    return TestData.as("practitioner", work, "PRACTITIONER");
  }

  <T> T asAdmin(java.util.function.Supplier<T> work) {
    return TestData.as("admin", work, "ADMIN");
  }

  @Test
  void keepsEachEstimateWithItsAnswersRuleSetAndWorking() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Gethin");
    var id = asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS));

    var kept = asPractitioner(() -> estimates.forCase(open.caseId()));
    assertThat(kept).hasSize(1);
    var estimate = kept.getFirst();
    var inEffect = asAdmin(() -> ruleSets.inEffectOn(today())).orElseThrow();
    assertThat(estimate.id()).isEqualTo(id);
    assertThat(estimate.rules().id()).isEqualTo(inEffect.id());
    assertThat(estimate.inputs().hoursWeekly()).isEqualByComparingTo("16");
    assertThat(estimate.inputs().hourlyPay()).isEqualByComparingTo("12.21");
    assertThat(estimate.inputs().aged25OrOver()).isTrue();
    assertThat(estimate.createdBy()).isEqualTo("practitioner");
    var expected = BetterOffCalculation.calculate(inEffect, SIXTEEN_HOURS);
    assertThat(estimate.result().weeklyOutOfWork())
        .isEqualByComparingTo(expected.weeklyOutOfWork());
    assertThat(estimate.result().weeklyInWork()).isEqualByComparingTo(expected.weeklyInWork());
    assertThat(estimate.result().difference()).isEqualByComparingTo(expected.difference());
    assertThat(estimate.result().outOfWork()).isEqualTo(expected.outOfWork());
    assertThat(estimate.result().inWork()).isEqualTo(expected.inWork());
    assertThat(asPractitioner(() -> estimates.find(open.caseId(), id))).contains(estimate);

    var personId =
        jdbc.sql("select person_id from better_off_estimate where id = :id")
            .param("id", id)
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql(
                    "select action from audit_event where record_type = 'better-off-estimate'"
                        + " and record_id = :p")
                .param("p", personId)
                .query(String.class)
                .list())
        .contains("CREATE", "READ");

    var later =
        asPractitioner(
            () ->
                estimates.estimate(
                    open.caseId(),
                    new BetterOffInputs(
                        true,
                        false,
                        false,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        new BigDecimal("8"),
                        new BigDecimal("12.21"),
                        BigDecimal.ZERO)));
    assertThat(asPractitioner(() -> estimates.forCase(open.caseId())))
        .extracting(BetterOffEstimate::id)
        .containsExactly(later, id);
  }

  @Test
  void usesTheRuleSetInEffectOnTheDaySoAFutureSetChangesNothingToday() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Hywel");
    var todays = asAdmin(() -> ruleSets.inEffectOn(today())).orElseThrow();
    var future = today().plusYears(3);
    var futureId = asAdmin(() -> ruleSets.add(rulesFrom(future, "63")));

    assertThat(asAdmin(() -> ruleSets.inEffectOn(future.minusDays(1))))
        .get()
        .extracting(BenefitRules::id)
        .isEqualTo(todays.id());
    assertThat(asAdmin(() -> ruleSets.inEffectOn(future)))
        .get()
        .extracting(BenefitRules::id)
        .isEqualTo(futureId);
    assertThat(asAdmin(() -> ruleSets.inEffectOn(LocalDate.of(2025, 4, 6))))
        .get()
        .extracting(BenefitRules::effectiveFrom)
        .isEqualTo(LocalDate.of(2025, 4, 6));
    assertThat(asAdmin(() -> ruleSets.inEffectOn(LocalDate.of(2025, 4, 5)))).isEmpty();

    var id = asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS));
    var estimate = asPractitioner(() -> estimates.find(open.caseId(), id)).orElseThrow();
    assertThat(estimate.rules().id()).isEqualTo(todays.id());
    assertThat(estimate.rules().taperPercent()).isEqualByComparingTo(todays.taperPercent());
    assertThat(asAdmin(() -> ruleSets.all()))
        .extracting(BenefitRules::effectiveFrom)
        .contains(future);
  }

  @Test
  void onlyTheRightRolesMayUseEstimatesOrRules() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Iolo");
    assertThatThrownBy(
            () -> TestData.as("referrer", () -> estimates.forCase(open.caseId()), "REFERRER"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                TestData.as(
                    "admin", () -> estimates.estimate(open.caseId(), SIXTEEN_HOURS), "ADMIN"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> asPractitioner(() -> ruleSets.add(rulesFrom(today().plusYears(5), "55"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asPractitioner(() -> ruleSets.all()))
        .isInstanceOf(AccessDeniedException.class);
    mvc.perform(
            get("/cases/" + open.caseId() + "/better-off").with(user("referrer").roles("REFERRER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/benefit-rules").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql("select count(*) from better_off_estimate where care_case_id = :c")
                .param("c", open.caseId())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void refusesRuleSetsThatCouldNotBeUsedAndSavesNone() {
    var before = jdbc.sql("select count(*) from benefit_rules").query(Long.class).single();
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.add(rulesFrom(LocalDate.of(2025, 4, 6), "55"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("There is already a set");
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.add(rulesFrom(today().plusYears(6), "100.5"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Universal Credit taper rate");
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.add(rulesFrom(today().plusYears(6), "-1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                asAdmin(
                    () ->
                        ruleSets.add(
                            BenefitRules.of(
                                today().plusYears(6),
                                new EnumMap<>(BenefitRules.Figure.class),
                                "Test"))))
        .isInstanceOf(IllegalArgumentException.class);
    var noSource = rulesFrom(today().plusYears(6), "55");
    assertThatThrownBy(
            () ->
                asAdmin(
                    () ->
                        ruleSets.add(
                            new BenefitRules(
                                null,
                                noSource.effectiveFrom(),
                                noSource.ucStandardUnder25(),
                                noSource.ucStandard25Plus(),
                                noSource.ucLcwraElement(),
                                noSource.workAllowanceWithHousing(),
                                noSource.workAllowanceWithoutHousing(),
                                noSource.taperPercent(),
                                noSource.personalAllowanceYearly(),
                                noSource.basicRatePercent(),
                                noSource.niThresholdYearly(),
                                noSource.niRatePercent(),
                                " ",
                                null,
                                null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Enter where the figures came from");
    assertThat(jdbc.sql("select count(*) from benefit_rules").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void removesOnlyASetNoEstimateHasUsed() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Kai");
    asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS));
    var todays = asAdmin(() -> ruleSets.inEffectOn(today())).orElseThrow();
    assertThat(asAdmin(() -> ruleSets.estimatesUsing())).containsKey(todays.id());
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.remove(todays.id())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("An estimate has used");

    var mistake = asAdmin(() -> ruleSets.add(rulesFrom(today().plusYears(7), "5.5")));
    assertThat(asAdmin(() -> ruleSets.estimatesUsing())).doesNotContainKey(mistake);
    asAdmin(() -> ruleSets.remove(mistake));
    assertThat(asAdmin(() -> ruleSets.all()))
        .extracting(BenefitRules::id)
        .contains(todays.id())
        .doesNotContain(mistake);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where record_type = 'benefit-rules'"
                        + " and record_id = :id and action = 'DELETE'")
                .param("id", mistake)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.remove(UUID.randomUUID())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No such set of figures");
    assertThatThrownBy(() -> asPractitioner(() -> ruleSets.remove(todays.id())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void refusesUnknownAndClosedCasesAndBadAnswersSavingNothing() throws Exception {
    assertThatThrownBy(
            () -> asPractitioner(() -> estimates.estimate(UUID.randomUUID(), SIXTEEN_HOURS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No such case");
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Jac");
    assertThatThrownBy(
            () ->
                asPractitioner(
                    () ->
                        estimates.estimate(
                            open.caseId(),
                            new BetterOffInputs(
                                true,
                                false,
                                false,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                new BigDecimal("-2"),
                                new BigDecimal("12.21"),
                                BigDecimal.ZERO))))
        .isInstanceOf(IllegalArgumentException.class);

    var practitioner = user("practitioner").roles("PRACTITIONER");
    mvc.perform(
            post("/cases/" + open.caseId() + "/better-off")
                .with(csrf())
                .with(practitioner)
                .param("aged25", "maybe")
                .param("hours", "lots")
                .param("pay", "1e9"))
        .andExpect(status().isOk());
    mvc.perform(
            get("/cases/" + open.caseId() + "/better-off/" + UUID.randomUUID()).with(practitioner))
        .andExpect(status().isNotFound());
    mvc.perform(get("/cases/" + open.caseId() + "/better-off/not-an-id").with(practitioner))
        .andExpect(status().is4xxClientError());
    mvc.perform(get("/cases/" + UUID.randomUUID() + "/better-off").with(practitioner))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select count(*) from better_off_estimate where care_case_id = :c")
                .param("c", open.caseId())
                .query(Long.class)
                .single())
        .isZero();

    TestData.as(
        "practitioner",
        () -> {
          caseloads.close(open.caseId(), Outcome.NEW_JOB, "Started work");
          return null;
        },
        "PRACTITIONER");
    assertThatThrownBy(() -> asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closed");
  }
}
