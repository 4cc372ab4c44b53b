package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;

/**
 * Feedback held back for want of consent: the practitioner records the person's consent and sends
 * the letter; a manager sees it in the outbox.
 */
@StepwiseIntegrationTest
class LetterJourneyIT {

  @LocalServerPort int port;

  @Test
  void aPractitionerRecordsConsentAndSendsAHeldLetter() throws Exception {
    try (var browser = new Browser(port)) {
      browser.signIn("referrer");
      browser.follow("Add a referral");
      browser.chooseLabelled("Vocational advice (GP practices)");
      browser.press("Continue");
      browser.type("givenName", "Held");
      browser.type("familyName", "Letterperson");
      browser.type("dateOfBirth-day", "3");
      browser.type("dateOfBirth-month", "3");
      browser.type("dateOfBirth-year", "1983");
      browser.type("email", "held.letterperson@example.com");
      browser.type("gpPractice", "Riverside Surgery");
      browser.choose("source-GP");
      browser.choose("employmentStatus-EMPLOYED_OFF_SICK");
      browser.type("weeksOffWork", "5");
      browser.choose("conditions-LOW_BACK_PAIN");
      browser.type("reason", "Back pain; off work five weeks.");
      browser.choose("consentToContact-yes");
      browser.choose("consentToFeedback-no");
      browser.press("Send referral");
      assertThat(browser.text()).contains("Referral sent");
      String referralPath = browser.path().replace("/received", "");
      browser.press("Sign out");

      // Vocational advice is run by the primary care team, Jordan's.
      browser.signIn("jordan");
      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () -> {
                browser.open(referralPath);
                assertThat(browser.text()).contains("Held back").contains("No consent is recorded");
              });
      browser.assertAccessible();

      browser.follow("Record or withdraw consent");
      browser.follow("Record consent");
      browser.choose("recipientType-REFERRER");
      browser.choose("purpose-CARE_COORDINATION");
      browser.choose("method-VERBAL");
      browser.type("note", "Phoned Held: happy for the GP to hear how it goes.");
      browser.press("Record consent");
      assertThat(browser.text()).contains("Consent recorded");

      browser.follow("Back to the referral");
      browser.follow("See the letters, or try held ones again");
      browser.assertAccessible();
      browser.press("Try held letters again");
      assertThat(browser.text()).contains("1 letter was released");
      browser.followContaining("Referral SW-");
      assertThat(browser.find(By.cssSelector("[data-test=letter-status]")).getText())
          .containsAnyOf("Waiting to be emailed", "Being emailed", "Emailed");
      assertThat(browser.find(By.cssSelector("[data-test=letter-body]")).getText())
          .contains("Thank you for referring Held Letterperson");
      browser.assertAccessible();
      browser.press("Sign out");

      browser.signIn("manager");
      browser.follow("Outbox");
      assertThat(browser.text()).contains("Letters to post").contains("Held back");
      browser.assertAccessible();
    }
  }
}
