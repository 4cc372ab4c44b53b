package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.stepwise.MovableClock;
import org.stepwise.StepwiseIntegrationTest;

/**
 * "Not now": a practitioner defers a referral, and it comes back to the review list on its review
 * date. The application's clock is one the test can move forward.
 */
@StepwiseIntegrationTest
class DeferralJourneyIT {

  @TestConfiguration
  static class Time {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @LocalServerPort int port;
  @Autowired MovableClock clock;

  @Test
  void aDeferredReferralSurfacesOnItsReviewDate() throws Exception {
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");

      browser.follow("Referrals to review");
      browser.follow("Sian Morgan");
      browser.follow("Defer (\"not now\")");
      browser.assertAccessible();
      var reviewOn = LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).plusDays(14);
      browser.type("review-day", "" + reviewOn.getDayOfMonth());
      browser.type("review-month", "" + reviewOn.getMonthValue());
      browser.type("review-year", "" + reviewOn.getYear());
      browser.type("reason", "Newly diagnosed; would like time before thinking about work.");
      browser.press("Defer referral");
      assertThat(browser.text()).contains("Referral deferred until");

      browser.follow("Referrals to review");
      assertThat(dueSection(browser)).doesNotContain("Sian Morgan");
      assertThat(browser.find(By.cssSelector("[data-test=deferred-later]")).getText())
          .contains("Sian Morgan");

      clock.advance(Duration.ofDays(13));
      browser.open("/referrals");
      assertThat(dueSection(browser)).doesNotContain("Sian Morgan");

      clock.advance(Duration.ofDays(1));
      browser.open("/referrals");
      assertThat(dueSection(browser)).contains("Sian Morgan");
      browser.assertAccessible();

      browser.followContaining("Sian Morgan");
      browser.press("Offer again now");
      assertThat(browser.text()).contains("back under review");
      browser.follow("Accept");
      browser.press("Accept referral");
      assertThat(browser.find(By.cssSelector("[data-test=status]")).getText())
          .isEqualTo("Accepted");
      assertThat(browser.find(By.cssSelector("[data-test=history]")).getText())
          .contains("Deferred")
          .contains("Offered again")
          .contains("Accepted");
    }
  }

  private static String dueSection(Browser browser) {
    var due = browser.findAll(By.cssSelector("[data-test=due-again]"));
    return due.isEmpty() ? "" : due.getFirst().getText();
  }
}
