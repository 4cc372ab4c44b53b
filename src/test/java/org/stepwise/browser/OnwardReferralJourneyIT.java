package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;

/**
 * A practitioner refers the person on to physiotherapy, later records that they were seen, and sees
 * it on the timeline.
 */
@StepwiseIntegrationTest
class OnwardReferralJourneyIT {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aPractitionerRecordsAnOnwardReferralAndItsResult() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Tomos");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());
      browser.follow("Onward referrals");
      browser.assertAccessible();

      browser.type("reason", "Back pain at work");
      browser.press("Record onward referral");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Enter the service the person was referred to");
      assertThat(browser.find(By.id("reason")).getAttribute("value"))
          .isEqualTo("Back pain at work");
      browser.assertAccessible();

      browser.type("service", "Community physiotherapy");
      browser.press("Record onward referral");
      assertThat(browser.text()).contains("Onward referral to Community physiotherapy recorded.");
      assertThat(browser.find(By.cssSelector("[data-test=onward]")).getText())
          .contains("Community physiotherapy")
          .contains("Back pain at work")
          .contains("Waiting to hear");

      var select = browser.find(By.cssSelector("[data-test=onward] select"));
      new Select(select).selectByVisibleText("Seen");
      browser.press("Record result: Community physiotherapy");
      assertThat(browser.text()).contains("Result recorded.");
      assertThat(browser.find(By.cssSelector("[data-test=onward] .govuk-tag")).getText())
          .isEqualTo("Seen");
      browser.assertAccessible();

      browser.open("/cases/" + open.caseId());
      assertThat(browser.find(By.cssSelector("[data-test=timeline]")).getText())
          .contains("Onward referral")
          .contains("Community physiotherapy (Back pain at work): seen");
    }
  }
}
