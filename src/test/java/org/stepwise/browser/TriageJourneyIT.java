package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;

/**
 * Accept a referral, triage it with the STarT Back tool, decide the step, see the person waiting,
 * open a case with a named worker, and find it on the worker's caseload.
 */
@StepwiseIntegrationTest
class TriageJourneyIT {

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @org.springframework.beans.factory.annotation.Autowired
  org.stepwise.referral.ReferralIntake intake;

  @org.springframework.beans.factory.annotation.Autowired
  org.stepwise.programme.Programmes programmes;

  @Test
  void aPractitionerAcceptsTriagesAndSeesThePersonWaiting() throws Exception {
    org.stepwise.TestData.roomForTestCases(jdbc);
    var referred =
        org.stepwise.TestData.referToDemoService(
            intake,
            programmes,
            "IPS for chronic pain (primary care)",
            "Declan",
            org.stepwise.programme.Condition.CHRONIC_PAIN,
            org.stepwise.programme.EmploymentStatus.UNEMPLOYED_LOOKING);
    String name = referred.fullName();
    try (var browser = new Browser(port)) {
      browser.signIn("jordan");
      browser.open("/referrals/" + referred.referral());
      browser.press("Start review");
      browser.follow("Accept");
      browser.press("Accept referral");
      assertThat(browser.text()).contains("Referral accepted");

      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () -> {
                browser.open("/triage");
                assertThat(browser.text()).contains(name);
              });
      browser.assertAccessible();
      browser.follow(name);
      browser.assertAccessible();
      browser.press("See the suggested step");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Select their work situation");
      browser.assertAccessible();

      browser.choose("employmentStatus-UNEMPLOYED_LOOKING");
      browser.choose("jobAtRisk-NOT_WORKING");
      browser.type("confidence", "4");
      browser.type("painInterference", "6");
      browser.type("fatigueInterference", "5");
      browser.type("cognitionInterference", "2");
      browser.type("moodInterference", "6");
      browser.choose("help-FIND_WORK");
      browser.find(By.cssSelector("details summary")).click();
      for (int i = 1; i <= 8; i++) {
        browser.choose("startBack" + i + (i >= 5 ? "-agree" : "-disagree"));
      }
      browser.choose("startBack9-3");
      browser.type("workAbility", "3");
      browser.press("See the suggested step");

      assertThat(browser.find(By.cssSelector("[data-test=suggestion]")).getText())
          .contains("Suggested: step 3")
          .contains("STarT Back: High risk (total 5, distress 5)")
          .contains("Work Ability Score: 3 (poor)");
      browser.assertAccessible();
      browser.press("Decide the step");
      assertThat(browser.path()).startsWith("/waiting-for-support");
      assertThat(browser.text()).contains(name + " is now waiting for step 3");
      assertThat(browser.find(By.cssSelector("[data-test=waiting]")).getText()).contains(name);
      assertThat(browser.find(By.cssSelector("[data-test=wait-stats]")).getText())
          .contains("IPS for chronic pain (primary care), step 3");
      browser.assertAccessible();

      browser.clickAndWait(
          browser.find(
              By.xpath(
                  "//tr[td/a[normalize-space()='"
                      + name
                      + "']]//a[starts-with(normalize-space(), 'Open case')]")));
      browser.assertAccessible();
      // Jordan's team (primary care) runs IPS; the workers offered are his colleagues.
      assertThat(browser.text()).contains("Jordan Blake").contains("Trained in their condition");
      browser.chooseLabelled("Jordan Blake");
      browser.press("Open case");
      assertThat(browser.text()).contains("Case opened with Jordan Blake");
      assertThat(browser.find(By.cssSelector("[data-test=worker]")).getText())
          .isEqualTo("Jordan Blake");
      browser.assertAccessible();

      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () -> {
                browser.open("/caseload");
                assertThat(
                        browser
                            .find(
                                By.xpath(
                                    "//*[@data-test='caseload']//tr[td/a[normalize-space()='"
                                        + name
                                        + "']]"))
                            .getText())
                    .contains("1 item");
              });
      browser.assertAccessible();
      browser.follow(name);
      assertThat(browser.find(By.cssSelector("[data-test=items]")).getText())
          .contains("Contact the person and arrange a first meeting");
      browser.press("Sign out");

      browser.signIn("manager");
      browser.follow("Team");
      assertThat(browser.find(By.cssSelector("[data-test=team]")).getText())
          .contains("Priya Shah")
          .contains("Jordan Blake");
      browser.assertAccessible();
    }
  }
}
