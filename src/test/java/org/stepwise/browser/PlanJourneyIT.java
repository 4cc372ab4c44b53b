package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;

/**
 * A practitioner writes a plan with the person, adds actions, records that the person agreed it,
 * and the referrer is told. Each agreement keeps the plan exactly as it was agreed.
 */
@StepwiseIntegrationTest
class PlanJourneyIT {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aPractitionerWritesAndAgreesAPlan() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Orla");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());
      browser.follow("Plan");
      browser.assertAccessible();
      assertThat(browser.find(By.cssSelector("[data-test=agreed]")).getText())
          .isEqualTo("Not yet agreed with the person.");

      browser.type("how", "In person");
      browser.press("Record that the person agreed this plan");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Write the person’s goals before agreeing the plan");
      assertThat(browser.find(By.id("how")).getAttribute("value")).isEqualTo("In person");
      browser.assertAccessible();

      browser.type("goals", "Back at the bakery three mornings a week by spring");
      browser.type("pacing", "Rest for ten minutes every hour");
      browser.press("Save plan");
      assertThat(browser.text()).contains("Plan saved");

      browser.type("description", "Ask the manager about a later start");
      browser.press("Add action");
      assertThat(browser.text()).contains("Choose who will do it");
      assertThat(browser.find(By.id("description")).getAttribute("value"))
          .isEqualTo("Ask the manager about a later start");
      browser.choose("owner");
      browser.press("Add action");
      assertThat(browser.find(By.cssSelector("[data-test=actions]")).getText())
          .contains("Ask the manager about a later start")
          .contains("The person");

      browser.type("how", "In person, read through together");
      browser.press("Record that the person agreed this plan");
      assertThat(browser.text()).contains("Recorded: the person agreed version 1 of their plan.");
      assertThat(browser.find(By.cssSelector("[data-test=agreed]")).getText())
          .isEqualTo("Version 1 agreed with the person.");
      browser.assertAccessible();

      browser.type("goals", "Back at the bakery five mornings a week");
      browser.press("Save plan");
      browser.find(By.cssSelector("details summary")).click();
      assertThat(browser.find(By.cssSelector("details .govuk-details__text")).getText())
          .contains("Back at the bakery three mornings a week by spring")
          .contains("- Ask the manager about a later start (The person, to do)")
          .contains("Rest for ten minutes every hour");

      assertThat(browser.find(By.cssSelector("[data-test=plan-pdf]")).getAttribute("href"))
          .endsWith("/cases/" + open.caseId() + "/plan.pdf");

      browser.open("/cases/" + open.caseId());
      assertThat(browser.find(By.cssSelector("[data-test=timeline]")).getText())
          .contains("Plan agreed")
          .contains("Version 1 (In person, read through together)");
    }
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from letter where referral_id = :r and template_key = 'plan-agreed'")
                        .param("r", open.referral())
                        .query(Long.class)
                        .single()
                    == 1);
  }
}
