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
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;

/** A practitioner builds up a person's vocational profile over a session, from their case. */
@StepwiseIntegrationTest
class ProfileJourneyIT {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aPractitionerRecordsWorkHistoryPreferencesAndDisclosure() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Cerys");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());
      browser.follow("Vocational profile");
      assertThat(browser.find(By.cssSelector("[data-test=updated]")).getText())
          .startsWith("Nothing recorded yet");
      browser.assertAccessible();

      browser.find(By.xpath("//summary[normalize-space()='Add a job']")).click();
      browser.type("employer", "Riverside Library");
      browser.press("Add job");
      assertThat(browser.text()).contains("There is a problem").contains("Enter the job or role");
      assertThat(browser.find(By.id("employer")).getAttribute("value"))
          .isEqualTo("Riverside Library");
      browser.assertAccessible();
      browser.type("role", "Library assistant");
      browser.type("when", "2016 to 2021");
      browser.type("wentWell", "Helping people find things");
      browser.type("harder", "Standing all day");
      browser.press("Add job");
      assertThat(browser.find(By.cssSelector("[data-test=jobs]")).getText())
          .contains("Library assistant, Riverside Library")
          .contains("2016 to 2021")
          .contains("Went well: Helping people find things")
          .contains("Harder: Standing all day");

      browser.type("preferredHours", "Mornings, 16 hours a week to start");
      browser.type("energyPattern", "Best before lunch");
      browser.choose("disclosure-PARTLY");
      browser.type("disclosureTo", "Her line manager");
      browser.press("Save profile");
      assertThat(browser.text()).contains("Profile saved.");
      assertThat(browser.find(By.cssSelector("[data-test=updated]")).getText())
          .startsWith("Last updated")
          .contains("by practitioner");

      browser.open("/cases/" + open.caseId() + "/profile");
      assertThat(browser.find(By.id("preferredHours")).getAttribute("value"))
          .isEqualTo("Mornings, 16 hours a week to start");
      assertThat(browser.find(By.id("energyPattern")).getAttribute("value"))
          .isEqualTo("Best before lunch");
      assertThat(browser.find(By.id("disclosure-PARTLY")).isSelected()).isTrue();
      assertThat(browser.find(By.id("disclosureTo")).getAttribute("value"))
          .isEqualTo("Her line manager");
      browser.assertAccessible();
    }
  }
}
