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
import org.stepwise.caseload.Caseloads;
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
  @Autowired Caseloads caseloads;

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
      assertThat(browser.find(By.id("taperPercent")).getAttribute("value")).isNotEmpty();

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

      browser.press("Remove this set (in effect from 6 April 2099)");
      assertThat(browser.text()).contains("Figures in effect from 6 April 2099 removed.");
      assertThat(browser.findAll(By.cssSelector("[data-test='rules-2099-04-06']"))).isEmpty();
      browser.assertAccessible();
    }
  }

  @Test
  void aPractitionerWorksOutWhetherThePersonWouldBeBetterOffInWork() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Lowri");
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
          .contains(
              "For a single person; couples, savings, childcare element, and other benefits are not included");

      browser.choose("aged25-yes");
      browser.choose("lcwra-no");
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
      assertThat(browser.find(By.id("aged25-yes")).isSelected()).isTrue();
      assertThat(browser.find(By.id("lcwra-no")).isSelected()).isTrue();
      browser.assertAccessible();

      browser.choose("childOrLcw-no");
      browser.type("hours", "16");
      browser.press("Work out and save the estimate");
      assertThat(browser.text()).contains("Estimate saved.");
      var estimate = browser.find(By.cssSelector("[data-test=estimate]")).getText();
      assertThat(estimate)
          .contains("Estimated income out of work")
          .contains("£92.34 a week")
          .contains("Estimated income in work, 16 hours a week at £12.21 an hour")
          .contains("£195.36 a week")
          .contains("Better off in work by £103.02 a week")
          .contains("How we worked this out")
          .contains("16 hours × £12.21 an hour = £195.36 a week")
          .contains("Universal Credit in work: none")
          .contains("Benefit rules in effect from 6 April 2025")
          .contains("check against GOV.UK before relying on them")
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
          .contains("Better off in work by £103.02 a week");
      browser.followContaining("View");
      assertThat(browser.path()).startsWith("/cases/" + open.caseId() + "/better-off/");
      assertThat(browser.find(By.cssSelector("[data-test=verdict]")).getText())
          .isEqualTo("Better off in work by £103.02 a week");
      assertThat(browser.text()).contains("This is an estimate, not a benefits assessment");
      browser.assertAccessible();
    }
  }
}
