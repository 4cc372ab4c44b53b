package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.Programmes;

/**
 * Someone filling in a self-referral whose browser loses its cookies before they send it: the page
 * says the form was not sent, keeps what they typed, and one button sends it again, back to the
 * form with everything still there.
 */
@StepwiseIntegrationTest
class FormExpiredJourneyIT {

  @LocalServerPort int port;

  @Autowired Programmes programmes;

  @Test
  void aSelfReferralSentAfterTheCookiesWereClearedIsKeptAndSentAgain() throws Exception {
    var service = TestData.jobRetentionService(programmes, "Lost cookies " + UUID.randomUUID());
    try (var browser = new Browser(port)) {
      browser.open("/refer-yourself?service=" + service);
      assertThat(browser.text()).contains("Refer yourself");
      browser.type("givenName", "Cookie");
      browser.type("email", "cookie.person@example.com");
      browser.type("reason", "Pain at work & worry about my job");

      // The browser loses its cookies (closed, or cleared) while the form is open.
      browser.driver().manage().deleteAllCookies();
      browser.press("Send my referral");
      assertThat(browser.text())
          .contains("Your form was not sent")
          .contains("Nothing has been saved")
          .contains("We have kept everything you typed");
      assertThat(browser.title()).contains("Your form was not sent");
      browser.assertAccessible();

      browser.press("Send it again");
      // Checked as usual this time: what is missing is named, and what was typed is all there.
      assertThat(browser.text()).contains("There is a problem").contains("Enter your last name");
      assertThat(browser.find(By.id("givenName")).getDomProperty("value")).isEqualTo("Cookie");
      assertThat(browser.find(By.id("email")).getDomProperty("value"))
          .isEqualTo("cookie.person@example.com");
      assertThat(browser.find(By.id("reason")).getDomProperty("value"))
          .isEqualTo("Pain at work & worry about my job");
      browser.assertAccessible();
    }
  }
}
