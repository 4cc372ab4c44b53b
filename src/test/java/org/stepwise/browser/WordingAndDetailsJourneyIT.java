package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;

/**
 * An administrator's slip in a letter's wording is shown beside the words, with everything typed
 * kept, and nothing is saved; the page for someone's own details shows its mistakes the same way.
 * Nothing is saved, so the demo's wording and people stay as other tests expect them.
 */
@StepwiseIntegrationTest
class WordingAndDetailsJourneyIT {

  @LocalServerPort int port;

  @Test
  void aMistakeInALettersWordingIsShownBesideTheWords() throws Exception {
    try (var browser = new Browser(port)) {
      browser.signIn("admin");
      browser.open("/admin/letters");
      browser.assertAccessible();
      browser.open("/admin/letters/welcome");
      browser.assertAccessible();
      var body = browser.find(By.id("body"));
      body.clear();
      body.sendKeys("Dear {{personFirstName}},\n\n{{#unclosed}} welcome.");
      browser.press("Preview");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("The words have a mistake in their double curly brackets")
          .doesNotContain("Exception");
      assertThat(browser.find(By.id("body")).getDomProperty("value")).contains("{{#unclosed}}");
      browser.assertAccessible();
    }
  }

  @Test
  void yourDetailsShowTheirMistakesBesideEachField() throws Exception {
    try (var browser = new Browser(port)) {
      browser.signIn("admin");
      browser.open("/account");
      browser.assertAccessible();
      var email = browser.find(By.id("email"));
      email.clear();
      email.sendKeys("not-an-address");
      browser.press("Save");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Enter an email address in the correct format");
      assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo("not-an-address");
      browser.assertAccessible();
    }
  }
}
