package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;

/** Someone refers themselves on a phone-sized screen, with no account. */
@StepwiseIntegrationTest
class SelfReferralJourneyIT {

  @LocalServerPort int port;

  @Test
  void aPersonRefersThemselvesOnANarrowScreen() throws Exception {
    try (var browser = new Browser(port, 375, 812)) {
      browser.open("/refer-yourself");
      assertThat(browser.text())
          .contains("Get help to stay in work or find work")
          .contains("It is not a test of whether you are fit for work.")
          .doesNotContain("Sign out");
      assertThat(browser.overflowWidth()).as("no sideways scrolling on a phone").isZero();
      browser.assertAccessible();

      browser.follow("MS job retention (neurology)");
      assertThat(browser.text()).contains("Refer yourself").contains("Taking part is your choice");
      assertThat(browser.overflowWidth()).isZero();
      browser.assertAccessible();

      browser.type("givenName", "Phone");
      browser.press("Send my referral");
      assertThat(browser.text()).contains("There is a problem").contains("Enter your last name");
      browser.assertAccessible();

      browser.type("familyName", "Person");
      browser.type("dateOfBirth-day", "9");
      browser.type("dateOfBirth-month", "10");
      browser.type("dateOfBirth-year", "1990");
      browser.type("email", "phone.person@example.com");
      browser.choose("employmentStatus-EMPLOYED_AT_WORK");
      browser.choose("conditions-MULTIPLE_SCLEROSIS");
      browser.type("reason", "Tiredness is making work hard <b>and</b> I am worried about my job.");
      browser.choose("consentToContact-yes");
      browser.press("Send my referral");

      assertThat(browser.text())
          .contains("Referral sent")
          .containsPattern("SW-[A-Z0-9]{4}-[A-Z0-9]{4}");
      assertThat(browser.overflowWidth()).isZero();
      browser.assertAccessible();
    }
  }
}
