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

  @org.springframework.beans.factory.annotation.Autowired
  org.stepwise.referral.ReferralIntake intake;

  @org.springframework.beans.factory.annotation.Autowired
  org.stepwise.programme.Programmes programmes;

  @Test
  void aPractitionerRecordsAndWithdrawsConsent() throws Exception {
    var referred =
        org.stepwise.TestData.referToDemoService(
            intake,
            programmes,
            "MS job retention (neurology)",
            "Gareth",
            org.stepwise.programme.Condition.MULTIPLE_SCLEROSIS,
            org.stepwise.programme.EmploymentStatus.EMPLOYED_AT_WORK);
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/referrals/" + referred.referral());
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
