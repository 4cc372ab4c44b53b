package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.benefits.BenefitRuleSets;
import org.stepwise.benefits.BenefitRules;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;

/**
 * An administrator adds next year's benefit rules; a practitioner works out a better-off estimate
 * from a case and sees both totals, the working and that it is an estimate.
 */
@StepwiseIntegrationTest
class BetterOffJourneyIT {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired BenefitRuleSets ruleSets;

  @Test
  void anAdministratorAddsRulesThatMustBeCheckedAgainstGovUk() throws Exception {
    try (var browser = new Browser(port)) {
      browser.signIn("admin");
      browser.follow("Benefit rules");
      browser.assertAccessible();
      assertThat(browser.text())
          .contains("must be checked against GOV.UK")
          .contains("Last changed on")
          .contains("In effect from 6 April 2025")
          .contains("Universal Credit standard allowance: single, 25 or over");
      assertThat(browser.find(By.cssSelector("[data-test='rules-2025-04-06']")).getText())
          .contains("£400.14 a month")
          .contains("55%")
          .contains("£12,570.00 a year");
      assertThat(browser.find(By.cssSelector("[data-test='rules-2026-04-06']")).getText())
          .contains("£424.90 a month")
          .contains("£217.26 a month")
          .contains("£429.80 a month")
          .contains("£710.00 a month");
      assertThat(browser.find(By.cssSelector("[data-test='note-2026-04-06']")).getText())
          .contains("UNCONFIRMED")
          .contains("secondary source");

      browser.follow("Add a new set of figures");
      browser.assertAccessible();
      assertThat(browser.find(By.id("taperPercent")).getAttribute("value")).isNotEmpty();
      assertThat(browser.find(By.id("ucLcwraProtected")).getAttribute("value")).isEqualTo("429.80");

      browser.type("from-day", "6");
      browser.type("from-month", "4");
      browser.type("from-year", "2099");
      browser.type("ucStandard25Plus", "£410.50");
      browser.type("taperPercent", "abc");
      browser.type("source", "GOV.UK Benefit and pension rates 2099 to 2100");
      browser.press("Add these figures");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Enter Universal Credit taper rate as a number, like 55");
      assertThat(browser.find(By.id("taperPercent")).getAttribute("value")).isEqualTo("abc");
      assertThat(browser.find(By.id("ucStandard25Plus")).getAttribute("value"))
          .isEqualTo("£410.50");
      assertThat(browser.find(By.id("from-year")).getAttribute("value")).isEqualTo("2099");
      assertThat(browser.find(By.id("source")).getAttribute("value"))
          .isEqualTo("GOV.UK Benefit and pension rates 2099 to 2100");
      browser.assertAccessible();

      browser.type("taperPercent", "55");
      browser.press("Add these figures");
      assertThat(browser.text())
          .contains("Figures in effect from 6 April 2099 added.")
          .contains("Not yet in effect");
      assertThat(browser.find(By.cssSelector("[data-test='rules-2099-04-06']")).getText())
          .contains("£410.50 a month")
          .contains("GOV.UK Benefit and pension rates 2099 to 2100")
          .contains("by admin");
      assertThat(browser.find(By.cssSelector("[data-test=last-changed]")).getText())
          .contains("by admin");
      browser.assertAccessible();

      browser.followContaining("Correct these figures");
      assertThat(browser.text()).contains("Correct the figures in effect from 6 April 2099");
      assertThat(browser.find(By.id("ucStandard25Plus")).getAttribute("value")).isEqualTo("410.50");
      var id =
          org.stepwise.benefits.RuleSetId.of(
              jdbc.sql("select id from benefit_rules where effective_from = date '2099-04-06'")
                  .query(java.util.UUID.class)
                  .single());
      TestData.as(
          "someone-else",
          () -> {
            var theirs = ruleSets.find(id);
            var figures =
                new java.util.EnumMap<BenefitRules.Figure, java.math.BigDecimal>(
                    BenefitRules.Figure.class);
            for (var figure : BenefitRules.Figure.values()) {
              figures.put(figure, figure.in(theirs));
            }
            figures.put(BenefitRules.Figure.TAPER_PERCENT, new java.math.BigDecimal("50"));
            ruleSets.correct(
                id,
                theirs.version(),
                BenefitRules.of(theirs.effectiveFrom(), figures, theirs.source()));
            return null;
          },
          "ADMIN");
      browser.type("taperPercent", "56");
      browser.press("Save the corrected figures");
      assertThat(browser.find(By.cssSelector("[data-test=conflict]")).getText())
          .contains("Someone else changed this while you were editing it")
          .contains("someone-else")
          .contains("50%");
      assertThat(browser.find(By.id("taperPercent")).getAttribute("value")).isEqualTo("56");
      browser.assertAccessible();
      browser.press("Save the corrected figures");
      assertThat(browser.text()).contains("Figures in effect from 6 April 2099 corrected.");
      assertThat(browser.find(By.cssSelector("[data-test='rules-2099-04-06']")).getText())
          .contains("56%")
          .contains("Corrected");

      browser.press("Remove this set (in effect from 6 April 2099)");
      assertThat(browser.text()).contains("Figures in effect from 6 April 2099 removed.");
      assertThat(browser.findAll(By.cssSelector("[data-test='rules-2099-04-06']"))).isEmpty();
      browser.assertAccessible();
    }
  }

  @Test
  void aPractitionerWorksOutWhetherThePersonWouldBeBetterOffInWork() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Lowri");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());
      browser.follow("Better-off estimate");
      browser.assertAccessible();
      assertThat(browser.text())
          .contains("Better-off estimate")
          .contains("This is an estimate, not a benefits assessment")
          .contains("welfare rights adviser")
          .contains("Turn2us")
          .contains("For a single person. It does not include")
          .contains("Scottish income tax rates")
          .contains("National Insurance at 2% on earnings above the upper earnings limit")
          .contains("temporary accommodation arranged by their council");

      browser.choose("aged25");
      browser.choose("lcwra");
      browser.type("housingCosts", "0");
      browser.type("otherIncome", "0");
      browser.type("hours", "sixteen");
      browser.type("pay", "12.21");
      browser.type("workCosts", "0");
      browser.press("Work out and save the estimate");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains(
              "Select yes if they are responsible for a child or have limited capability for work")
          .contains("Enter hours a week in the job as a number, like 16");
      assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
          .contains("Enter hours a week in the job as a number, like 16");
      assertThat(browser.find(By.id("pay")).getAttribute("value")).isEqualTo("12.21");
      assertThat(browser.find(By.id("hours")).getAttribute("value")).isEqualTo("sixteen");
      assertThat(browser.find(By.id("aged25")).isSelected()).isTrue();
      assertThat(browser.find(By.id("lcwra")).isSelected()).isTrue();
      browser.assertAccessible();

      browser.choose("childOrLcw-no");
      browser.type("hours", "16");
      browser.press("Work out and save the estimate");
      assertThat(browser.text()).contains("Estimate saved.");
      var estimate = browser.find(By.cssSelector("[data-test=estimate]")).getText();
      assertThat(estimate)
          .contains("Estimated income out of work")
          .contains("£98.05 a week")
          .contains("Estimated income in work, 16 hours a week at £12.21 an hour")
          .contains("£195.36 a week")
          .contains("Better off in work by £97.31 a week")
          .contains("How we worked this out")
          .contains("16 hours × £12.21 an hour = £195.36 a week")
          .contains("Universal Credit in work: none")
          .contains("Benefit rules in effect from 6 April 2026")
          .contains("check against GOV.UK before relying on them")
          .contains("UNCONFIRMED: the work allowances")
          .contains("by practitioner");
      assertThat(browser.text()).contains("This is an estimate, not a benefits assessment");
      browser.assertAccessible();

      browser.type("hours", "8");
      browser.press("Work out and save the estimate");
      assertThat(browser.find(By.cssSelector("[data-test=verdict]")).getText())
          .isEqualTo("Better off in work by £43.96 a week");
      assertThat(browser.find(By.cssSelector("[data-test=earlier]")).getText())
          .contains("16")
          .contains("£12.21")
          .contains("Better off in work by £97.31 a week");
      browser.followContaining("View");
      assertThat(browser.path()).startsWith("/cases/" + open.caseId() + "/better-off/");
      assertThat(browser.find(By.cssSelector("[data-test=verdict]")).getText())
          .isEqualTo("Better off in work by £97.31 a week");
      assertThat(browser.text()).contains("This is an estimate, not a benefits assessment");
      browser.assertAccessible();
    }
  }
}
