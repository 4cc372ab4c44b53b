package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;

/** A practitioner records a person's consent to share from their referral, then a withdrawal. */
@StepwiseIntegrationTest
class ConsentJourneyIT {

  @LocalServerPort int port;

  @Test
  void aPractitionerRecordsAndWithdrawsConsent() throws Exception {
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.follow("Open referrals");
      browser.follow("Gareth Price");
      assertThat(browser.text()).contains("Consent to share");
      browser.follow("Record or withdraw consent");
      browser.assertAccessible();
      browser.follow("Record consent");
      browser.assertAccessible();
      browser.press("Record consent");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Select who the information may go to");
      browser.assertAccessible();
      browser.choose("recipientType-EMPLOYER_CONTACT");
      browser.type("recipientName", "Sam Patel, warehouse manager");
      browser.choose("purpose-EMPLOYER_LIAISON");
      browser.choose("method-WRITTEN");
      browser.press("Record consent");
      assertThat(browser.text())
          .contains("Consent recorded")
          .contains("Sam Patel, warehouse manager");
      assertThat(browser.find(By.cssSelector("[data-test=consents]")).getText()).contains("Active");
      browser.assertAccessible();

      browser.followContaining("Withdraw");
      browser.assertAccessible();
      browser.type("reason", "Does not want their manager contacted after all.");
      browser.press("Record withdrawal");
      assertThat(browser.text()).contains("Withdrawal recorded");
      assertThat(browser.find(By.cssSelector("[data-test=consents]")).getText())
          .contains("Withdrawn");

      browser.follow("Back to the referral");
      assertThat(browser.find(By.cssSelector("[data-test=consent-summary]")).getText())
          .contains("Withdrawn")
          .contains("Sam Patel");
    }
  }
}
