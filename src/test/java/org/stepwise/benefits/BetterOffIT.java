package org.stepwise.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.Outcome;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;

/**
 * Better-off estimates on the real database: kept with their answers, rule set and working; the
 * rule set in effect today is the one used; rule sets are checked and only administrators add them.
 */
@StepwiseIntegrationTest
class BetterOffIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired BetterOffEstimates estimates;
  @Autowired BenefitRuleSets ruleSets;

  static final BetterOffInputs SIXTEEN_HOURS =
      new BetterOffInputs(
          true,
          BetterOffInputs.Lcwra.NONE,
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
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Gethin");
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
            .param("id", id.id())
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
                        BetterOffInputs.Lcwra.NONE,
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
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Hywel");
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
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Iolo");
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
                .param("c", open.caseId().id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void refusesRuleSetsThatCouldNotBeUsedAndSavesNone() {
    var before = jdbc.sql("select count(*) from benefit_rules").query(Long.class).single();
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.add(rulesFrom(LocalDate.of(2025, 4, 6), "55"))))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("benefitRules.from.taken");
              assertThat(e.field()).isEqualTo("from");
            });
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
                                noSource.ucLcwraProtected(),
                                noSource.workAllowanceWithHousing(),
                                noSource.workAllowanceWithoutHousing(),
                                noSource.taperPercent(),
                                noSource.personalAllowanceYearly(),
                                noSource.basicRatePercent(),
                                noSource.niThresholdYearly(),
                                noSource.niRatePercent(),
                                " ",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Enter where the figures came from");
    assertThat(jdbc.sql("select count(*) from benefit_rules").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void removesOnlyASetNoEstimateHasUsed() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Kai");
    asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS));
    var todays = asAdmin(() -> ruleSets.inEffectOn(today())).orElseThrow();
    assertThat(asAdmin(() -> ruleSets.estimatesUsing())).containsKey(todays.id());
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.remove(todays.id())))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("benefitRules.remove.used"));

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
                .param("id", mistake.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThatThrownBy(() -> asAdmin(() -> ruleSets.remove(RuleSetId.of(UUID.randomUUID()))))
        .isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> asPractitioner(() -> ruleSets.remove(todays.id())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void refusesUnknownAndClosedCasesAndBadAnswersSavingNothing() throws Exception {
    assertThatThrownBy(
            () ->
                asPractitioner(
                    () -> estimates.estimate(CaseId.of(UUID.randomUUID()), SIXTEEN_HOURS)))
        .isInstanceOf(RecordNotFound.class);
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Jac");
    assertThatThrownBy(
            () ->
                asPractitioner(
                    () ->
                        estimates.estimate(
                            open.caseId(),
                            new BetterOffInputs(
                                true,
                                BetterOffInputs.Lcwra.NONE,
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
        .andExpect(status().isNotFound());
    mvc.perform(get("/cases/not-a-uuid/better-off").with(practitioner))
        .andExpect(status().isNotFound());
    mvc.perform(get("/cases/" + UUID.randomUUID() + "/better-off").with(practitioner))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/cases/" + UUID.randomUUID() + "/better-off")
                .with(csrf())
                .with(practitioner)
                .param("aged25", "yes")
                .param("lcwra", "NONE")
                .param("childOrLcw", "no")
                .param("housingCosts", "0")
                .param("otherIncome", "0")
                .param("hours", "16")
                .param("pay", "12.21")
                .param("workCosts", "0"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/cases/not-a-case/better-off")
                .with(csrf())
                .with(practitioner)
                .param("aged25", "yes"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/cases/" + open.caseId() + "/better-off")
                .with(csrf())
                .with(practitioner)
                .param("aged25", "yes")
                .param("lcwra", "SOMETHING")
                .param("hours", "9".repeat(5000)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("at which rate")));
    assertThat(
            jdbc.sql("select count(*) from better_off_estimate where care_case_id = :c")
                .param("c", open.caseId().id())
                .query(Long.class)
                .single())
        .isZero();

    TestData.as(
        "practitioner",
        () -> {
          cases.close(open.caseId(), Outcome.NEW_JOB, "Started work");
          return null;
        },
        "PRACTITIONER");
    assertThatThrownBy(() -> asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS)))
        .isInstanceOfSatisfying(
            ChangeRefused.class, e -> assertThat(e.messageKey()).isEqualTo("betterOff.closed"));
  }

  @Test
  void ships2026To27WithBothLcwraRatesAndTheUnconfirmedWorkAllowancesMarked() {
    var set = asAdmin(() -> ruleSets.inEffectOn(LocalDate.of(2026, 4, 6))).orElseThrow();
    assertThat(set.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 6));
    assertThat(set.ucStandardUnder25()).isEqualByComparingTo("338.58");
    assertThat(set.ucStandard25Plus()).isEqualByComparingTo("424.90");
    assertThat(set.ucLcwraElement()).isEqualByComparingTo("217.26");
    assertThat(set.ucLcwraProtected()).isEqualByComparingTo("429.80");
    assertThat(set.workAllowanceWithHousing()).isEqualByComparingTo("427.00");
    assertThat(set.workAllowanceWithoutHousing()).isEqualByComparingTo("710.00");
    assertThat(set.taperPercent()).isEqualByComparingTo("55");
    assertThat(set.personalAllowanceYearly()).isEqualByComparingTo("12570");
    assertThat(set.basicRatePercent()).isEqualByComparingTo("20");
    assertThat(set.niThresholdYearly()).isEqualByComparingTo("12570");
    assertThat(set.niRatePercent()).isEqualByComparingTo("8");
    assertThat(set.unconfirmed()).isTrue();
    assertThat(set.note()).contains("work allowances").contains("secondary source");
    // The set before had one LCWRA rate for everyone: it is held at both, so nothing changes.
    var before = asAdmin(() -> ruleSets.inEffectOn(LocalDate.of(2026, 4, 5))).orElseThrow();
    assertThat(before.ucLcwraProtected()).isEqualByComparingTo(before.ucLcwraElement());
    assertThat(before.ucLcwraElement()).isEqualByComparingTo("423.27");
  }

  @Test
  void anEstimateMadeBeforeThereWereTwoRatesReadsAsItWasMade() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Meical");
    var id = asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS));
    var before2026 =
        asAdmin(() -> ruleSets.inEffectOn(LocalDate.of(2025, 4, 6))).orElseThrow().id();
    // As the migration leaves a row saved when the answer was just "yes".
    jdbc.sql(
            "update better_off_estimate set lcwra = true, lcwra_rate = 'ONE_RATE', rules_id = :r"
                + " where id = :id")
        .param("r", before2026.id())
        .param("id", id.id())
        .update();
    var kept = asPractitioner(() -> estimates.find(open.caseId(), id)).orElseThrow();
    assertThat(kept.inputs().lcwra()).isEqualTo(BetterOffInputs.Lcwra.ONE_RATE);
    assertThat(kept.rules().effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 6));
    var practitioner = user("practitioner").roles("PRACTITIONER");
    mvc.perform(get("/cases/" + open.caseId() + "/better-off/" + id).with(practitioner))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("6 April 2025")));
    // Starting a new estimate from it asks for the rate again rather than guessing.
    mvc.perform(get("/cases/" + open.caseId() + "/better-off").with(practitioner))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("value=\"NEW_CLAIMANT\" checked"))));
  }

  @Test
  void correctsAnUnusedSetButNeverOverAChangeSomeoneElseMade() throws Exception {
    var id = asAdmin(() -> ruleSets.add(rulesFrom(today().plusYears(8), "55")));
    var read = asAdmin(() -> ruleSets.find(id));
    assertThat(read.version()).isZero();
    asAdmin(
        () -> {
          ruleSets.correct(id, 0L, rulesFrom(today().plusYears(8), "56"));
          return null;
        });
    assertThat(asAdmin(() -> ruleSets.find(id)).taperPercent()).isEqualByComparingTo("56");
    assertThat(asAdmin(() -> ruleSets.find(id)).version()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                asAdmin(
                    () -> {
                      ruleSets.correct(id, 0L, rulesFrom(today().plusYears(8), "57"));
                      return null;
                    }))
        .isInstanceOf(EditConflict.class);
    assertThat(asAdmin(() -> ruleSets.find(id)).taperPercent()).isEqualByComparingTo("56");

    // Through the page: a save against version 0 shows both versions and keeps what was typed.
    var admin = user("admin").roles("ADMIN");
    var date = today().plusYears(8);
    var page =
        mvc.perform(
                post("/admin/benefit-rules/" + id)
                    .with(csrf())
                    .with(admin)
                    .param("version", "0")
                    .param("from.day", "" + date.getDayOfMonth())
                    .param("from.month", "" + date.getMonthValue())
                    .param("from.year", "" + date.getYear())
                    .param("ucStandardUnder25", "316.98")
                    .param("ucStandard25Plus", "400.14")
                    .param("ucLcwraElement", "423.27")
                    .param("ucLcwraProtected", "423.27")
                    .param("workAllowanceWithHousing", "411")
                    .param("workAllowanceWithoutHousing", "684")
                    .param("taperPercent", "58.5")
                    .param("personalAllowanceYearly", "12570")
                    .param("basicRatePercent", "20")
                    .param("niThresholdYearly", "12570")
                    .param("niRatePercent", "8")
                    .param("source", "My typed source")
                    .param("note", ""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Someone else changed this while you were editing it")
        .contains("56%")
        .contains("value=\"58.5\"")
        .contains("My typed source")
        .contains("name=\"version\" value=\"1\"");
    assertThat(asAdmin(() -> ruleSets.find(id)).taperPercent()).isEqualByComparingTo("56");

    // A set an estimate has used is never corrected.
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Nia");
    asPractitioner(() -> estimates.estimate(open.caseId(), SIXTEEN_HOURS));
    var todays = asAdmin(() -> ruleSets.inEffectOn(today())).orElseThrow();
    assertThatThrownBy(
            () ->
                asAdmin(
                    () -> {
                      ruleSets.correct(todays.id(), todays.version(), todays);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("benefitRules.correct.used"));
    mvc.perform(get("/admin/benefit-rules/" + todays.id() + "/edit").with(admin))
        .andExpect(status().isConflict());
    mvc.perform(get("/admin/benefit-rules/" + UUID.randomUUID() + "/edit").with(admin))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/benefit-rules/" + UUID.randomUUID())
                .with(csrf())
                .with(admin)
                .param("version", "0"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/benefit-rules/" + UUID.randomUUID() + "/remove").with(csrf()).with(admin))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("notice", containsString("Those figures are not there")));
  }

  /** The add form as an administrator fills it in, for a set from {@code date}. */
  static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder addForm(
      LocalDate date, String taper, String source) {
    return post("/admin/benefit-rules")
        .with(csrf())
        .with(user("admin").roles("ADMIN"))
        .param("from.day", "" + date.getDayOfMonth())
        .param("from.month", "" + date.getMonthValue())
        .param("from.year", "" + date.getYear())
        .param("ucStandardUnder25", "316.98")
        .param("ucStandard25Plus", "400.14")
        .param("ucLcwraElement", "423.27")
        .param("ucLcwraProtected", "423.27")
        .param("workAllowanceWithHousing", "411")
        .param("workAllowanceWithoutHousing", "684")
        .param("taperPercent", taper)
        .param("personalAllowanceYearly", "12570")
        .param("basicRatePercent", "20")
        .param("niThresholdYearly", "12570")
        .param("niRatePercent", "8")
        .param("source", source)
        .param("note", "");
  }

  @Test
  void theAddFormSentTwiceAddsOneSetAndARemoveSentTwiceSaysItIsGone() throws Exception {
    var date = today().plusYears(11);
    var count =
        (java.util.function.Supplier<Long>)
            () ->
                jdbc.sql("select count(*) from benefit_rules where effective_from = :d")
                    .param("d", date)
                    .query(Long.class)
                    .single();
    mvc.perform(addForm(date, "55", "Double click source")).andExpect(status().is3xxRedirection());
    var again =
        mvc.perform(addForm(date, "55.00", "  Double click source "))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again)
        .contains("There is a problem")
        .contains("These figures, in effect from " + org.stepwise.site.Dates.date(date))
        .contains("are already added")
        .contains("href=\"#from-day\"")
        .contains("value=\"55.00\"")
        .contains("Double click source");
    assertThat(count.get()).isEqualTo(1);

    // Different figures on the same date are another set, refused as before.
    var other =
        mvc.perform(addForm(date, "60", "Other source"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(other)
        .contains("There is already a set of figures in effect from")
        .contains("value=\"60\"")
        .contains("Other source");
    assertThat(count.get()).isEqualTo(1);

    var id =
        RuleSetId.of(
            jdbc.sql("select id from benefit_rules where effective_from = :d")
                .param("d", date)
                .query(UUID.class)
                .single());
    assertThat(asAdmin(() -> ruleSets.find(id)).updatedBy()).isEqualTo("admin");
    for (int click = 0; click < 2; click++) {
      var flash = click == 0 ? "done" : "notice";
      mvc.perform(
              post("/admin/benefit-rules/" + id + "/remove")
                  .with(csrf())
                  .with(user("admin").roles("ADMIN")))
          .andExpect(status().is3xxRedirection())
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                  .attributeExists(flash));
    }
    assertThat(count.get()).isZero();
  }
}
