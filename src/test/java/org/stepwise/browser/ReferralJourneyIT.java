package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;

/**
 * The first slice in a real browser: sign in, add a referral (getting it wrong first), see it on
 * the waiting list, open it, sign out; axe-core checks every page on the way.
 */
@StepwiseIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralJourneyIT {

  @LocalServerPort int port;
  private Browser browser;

  @BeforeAll
  void startBrowser() throws Exception {
    browser = new Browser(port);
  }

  @AfterAll
  void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private void signIn(String username) {
    browser.open("/login");
    browser.assertAccessible();
    browser.type("username", username);
    browser.type("password", "stepwise-demo");
    browser.press("Sign in");
  }

  @Test
  void theAccessibilityCheckCatchesABrokenPage() {
    browser.open("/login");
    browser.find(By.id("username"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.querySelector('label[for=username]').remove();");
    assertThat(browser.blockingViolations()).contains("label");
  }

  @Test
  void aPractitionerAddsAReferralAndSeesItOnTheWaitingList() {
    signIn("practitioner");
    assertThat(browser.title()).startsWith("Home");
    assertThat(browser.text()).contains("Welcome, Priya Shah").contains("Sign out");
    browser.assertAccessible();

    browser.follow("Add a referral");
    assertThat(browser.path()).isEqualTo("/referrals/new");
    browser.assertAccessible();

    browser.type("givenName", "Journey");
    browser.type("nhsNumber", "943 476 5918");
    browser.press("Send referral");
    assertThat(browser.title()).startsWith("Error: Add a referral");
    assertThat(browser.text())
        .contains("There is a problem")
        .contains("Enter their last name")
        .contains("Enter a valid NHS number");
    assertThat(browser.find(By.id("givenName")).getAttribute("value")).isEqualTo("Journey");
    browser.assertAccessible();

    browser.find(By.linkText("Enter their last name")).click();
    assertThat(browser.activeElementId()).isEqualTo("familyName");
    browser.type("familyName", "Tester");
    browser.type("dobDay", "27");
    browser.type("dobMonth", "3");
    browser.type("dobYear", "1985");
    browser.type("nhsNumber", "943 476 5919");
    browser.type("email", "journey.tester@example.com");
    browser.choose("source-MS_NURSE");
    browser.choose("conditions-MULTIPLE_SCLEROSIS");
    browser.choose("employmentStatus-EMPLOYED_OFF_SICK");
    browser.type("reason", "Newly back from sick leave and worried about fatigue at work.");
    browser.press("Send referral");

    assertThat(browser.path()).isEqualTo("/waiting-list");
    assertThat(browser.text())
        .contains("for Journey Tester received")
        .contains("Journey Tester")
        .contains("MS nurse")
        .contains("Today");
    browser.assertAccessible();

    browser.follow("Journey Tester");
    assertThat(browser.text()).contains("943 476 5919").contains("Multiple sclerosis (MS)");
    browser.assertAccessible();

    browser.press("Sign out");
    assertThat(browser.text()).contains("You have signed out");
  }

  @Test
  void anAdministratorAddsAUserAndChangesTheirRoles() {
    signIn("admin");
    browser.follow("Users");
    assertThat(browser.text()).contains("practitioner").contains("Priya Shah");
    browser.assertAccessible();

    browser.follow("Add a user");
    browser.assertAccessible();
    browser.type("username", "ab");
    browser.press("Add user");
    assertThat(browser.text())
        .contains("Username must be 3 to 40")
        .contains("Enter their full name")
        .contains("Select at least one role");
    browser.assertAccessible();

    browser.type("username", "jo.worker");
    browser.type("displayName", "Jo Worker");
    browser.type("password", "a-long-first-password");
    browser.choose("roles-PRACTITIONER");
    browser.press("Add user");
    assertThat(browser.text()).contains("User jo.worker added").contains("Jo Worker");

    browser.clickAndWait(browser.find(By.xpath("//tr[td[normalize-space()='jo.worker']]//a")));
    browser.assertAccessible();
    browser.choose("roles-MANAGER");
    browser.press("Save roles");
    assertThat(browser.text()).contains("Roles of jo.worker changed");
    assertThat(browser.find(By.xpath("//tr[td[normalize-space()='jo.worker']]")).getText())
        .contains("Practitioner")
        .contains("Team manager");

    browser.follow("Access log");
    assertThat(browser.text()).contains("Access log");
    browser.assertAccessible();

    browser.open("/waiting-list");
    assertThat(browser.text()).contains("You cannot open this page");
    browser.assertAccessible();
    browser.open("/no-such-page");
    assertThat(browser.text()).contains("Page not found");
    browser.assertAccessible();
  }
}
