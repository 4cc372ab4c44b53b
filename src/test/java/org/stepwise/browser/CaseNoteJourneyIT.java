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

/**
 * A practitioner who forgets the contact type on a long case note sees the error beside the field
 * and every word they typed still there; then chooses it, saves, and finds the note on the
 * timeline. The same case's step changes on a page of its own.
 */
@StepwiseIntegrationTest
class CaseNoteJourneyIT {

  private static final String LONG_NOTE =
      "Met at the library. Talked through the warehouse job and what the early shifts would mean"
          + " for their back. They want to ask about a phased return: four-hour shifts for the first"
          + " fortnight, then six. Agreed I would draft the email to their manager and they would"
          + " check it before it goes. Next: practise the conversation on Thursday.";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aForgottenContactTypeIsShownBesideTheFieldWithEveryWordKept() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Bethan");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());
      browser.assertAccessible();
      browser.follow("Add a note");
      browser.assertAccessible();

      browser.type("minutes", "45");
      browser.choose("topics-ADJUSTMENTS");
      browser.choose("topics-EMPLOYER_CONTACT");
      browser.type("text", LONG_NOTE);
      browser.press("Add note");

      assertThat(browser.text()).contains("There is a problem");
      assertThat(
              browser.find(By.cssSelector(".govuk-error-summary a[href='#contactType']")).getText())
          .isEqualTo("Choose the type of contact");
      assertThat(browser.find(By.id("contactType-error")).getText())
          .contains("Choose the type of contact");
      assertThat(browser.find(By.id("text")).getAttribute("value")).isEqualTo(LONG_NOTE);
      assertThat(browser.find(By.id("minutes")).getAttribute("value")).isEqualTo("45");
      assertThat(browser.find(By.id("topics-ADJUSTMENTS")).isSelected()).isTrue();
      assertThat(browser.find(By.id("topics-EMPLOYER_CONTACT")).isSelected()).isTrue();
      assertThat(browser.find(By.id("topics")).isSelected()).isFalse();
      assertThat(browser.driver().getTitle()).startsWith("Error: ");
      browser.assertAccessible();

      browser.choose("contactType");
      browser.press("Add note");
      assertThat(browser.text()).contains("Note added.");
      assertThat(browser.find(By.cssSelector("[data-test=timeline]")).getText())
          .contains("In person, 45 minutes")
          .contains("Employer contact, Reasonable adjustments")
          .contains("Talked through the warehouse job");
      browser.assertAccessible();

      browser.follow("Change the step");
      browser.press("Change step");
      assertThat(browser.find(By.id("reason-error")).getText())
          .contains("Give a reason for changing the step");
      browser.assertAccessible();
      browser.choose("step-2");
      browser.type("reason", "Needs more help with the employer conversation");
      browser.press("Change step");
      assertThat(browser.text()).contains("Step changed.");
      assertThat(browser.find(By.cssSelector("[data-test=step]")).getText()).isEqualTo("2");
    }
  }
}
