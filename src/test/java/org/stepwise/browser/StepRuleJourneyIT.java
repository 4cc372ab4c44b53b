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
 * An administrator adds a rule that suggests a care step, on a service of the test's own: sent
 * empty, each missing answer is named and linked from the summary; then a valid rule is saved and
 * listed with the service's steps.
 */
@StepwiseIntegrationTest
class StepRuleJourneyIT {

  @LocalServerPort int port;

  @Autowired Programmes programmes;

  @Test
  void anAdministratorAddsAStepRuleAfterBeingToldWhatIsMissing() throws Exception {
    var service = TestData.jobRetentionService(programmes, "Step rules " + UUID.randomUUID());
    try (var browser = new Browser(port)) {
      browser.signIn("admin");
      browser.open("/admin/care-steps/" + service);
      assertThat(browser.text()).contains("Rules that suggest a step");
      browser.follow("Add a rule");
      assertThat(browser.text()).contains("Add a rule that suggests a step");
      browser.assertAccessible();

      browser.press("Add rule");
      assertThat(browser.title()).startsWith("Error: ");
      var summary = browser.find(By.cssSelector(".govuk-error-summary")).getText();
      assertThat(summary)
          .contains("There is a problem")
          .contains("Select what the rule looks at")
          .contains("Select the step the rule suggests")
          .contains("Enter the reason practitioners will see");
      assertThat(
              browser.findAll(By.cssSelector(".govuk-error-summary a")).stream()
                  .map(a -> a.getDomAttribute("href"))
                  .toList())
          .contains("#kind", "#step", "#reason");
      assertThat(browser.find(By.id("kind-error")).getText())
          .contains("Select what the rule looks at");
      browser.assertAccessible();

      browser.choose("kind-WEEKS_OFF_WORK_AT_LEAST");
      browser.type("threshold", "12");
      browser.choose("step-3");
      browser.type("reason", "Off work a long time: start with the most support");
      browser.press("Add rule");
      assertThat(browser.text()).contains("Rule added.");
      assertThat(browser.find(By.cssSelector("[data-test=step-rules]")).getText())
          .contains("Off work a long time: start with the most support");
      browser.assertAccessible();
    }
  }
}
