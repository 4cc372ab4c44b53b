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
    browser.press("Continue");
    assertThat(browser.text()).contains("Select a service");
    browser.assertAccessible();
    browser.chooseLabelled("MS job retention (neurology)");
    browser.press("Continue");
    assertThat(browser.path()).startsWith("/referrals/new/");
    browser.assertAccessible();

    browser.type("givenName", "Journey");
    browser.type("nhsNumber", "943 476 5918");
    browser.press("Send referral");
    assertThat(browser.title()).startsWith("Error: Refer someone to MS job retention");
    assertThat(browser.text())
        .contains("There is a problem")
        .contains("Enter their last name")
        .contains("Enter a valid NHS number");
    assertThat(browser.find(By.id("givenName")).getAttribute("value")).isEqualTo("Journey");
    browser.assertAccessible();

    browser.find(By.linkText("Enter their last name")).click();
    assertThat(browser.activeElementId()).isEqualTo("familyName");
    browser.type("familyName", "Tester");
    browser.type("dateOfBirth-day", "27");
    browser.type("dateOfBirth-month", "3");
    browser.type("dateOfBirth-year", "1985");
    browser.type("nhsNumber", "943 476 5919");
    browser.type("email", "journey.tester@example.com");
    browser.choose("source-MS_NURSE");
    browser.choose("conditions-MULTIPLE_SCLEROSIS");
    browser.choose("employmentStatus-EMPLOYED_OFF_SICK");
    browser.type("reason", "Newly back from sick leave and worried about fatigue at work.");
    browser.choose("consentToContact-yes");
    browser.choose("consentToFeedback-yes");
    browser.press("Send referral");

    assertThat(browser.path()).isEqualTo("/referrals");
    assertThat(browser.text()).contains("for Journey Tester received");
    browser.assertAccessible();

    browser.follow("Open referrals");
    browser.assertAccessible();
    browser.open("/waiting-list?page=9999");
    assertThat(browser.text())
        .as("the newest referral is on the last page")
        .contains("Journey Tester")
        .contains("MS nurse")
        .contains("Today");

    browser.follow("Journey Tester");
    assertThat(browser.text()).contains("943 476 5919").contains("Multiple sclerosis (MS)");
    browser.assertAccessible();

    browser.press("Sign out");
    assertThat(browser.text()).contains("You have signed out");
  }

  @Test
  void aReferrerRefersAndAPractitionerAcceptsWithAnOverride() {
    signIn("referrer");
    browser.follow("Add a referral");
    browser.chooseLabelled("IPS for chronic pain (primary care)");
    browser.press("Continue");
    browser.type("givenName", "Override");
    browser.type("familyName", "Journey");
    browser.type("dateOfBirth-day", "14");
    browser.type("dateOfBirth-month", "2");
    browser.type("dateOfBirth-year", "1979");
    browser.type("phone", "07700 900456");
    browser.choose("source-GP");
    browser.choose("employmentStatus-EMPLOYED_AT_WORK");
    browser.choose("conditions-CHRONIC_PAIN");
    browser.type("reason", "Pain is making work very hard; at risk of losing the job.");
    browser.choose("consentToContact-yes");
    browser.choose("consentToFeedback-yes");
    browser.press("Send referral");
    assertThat(browser.text()).contains("Referral sent");
    String referralPath = browser.path().replace("/received", "");
    browser.assertAccessible();
    browser.follow("My referrals");
    assertThat(browser.text()).contains("Override Journey").contains("Received");
    browser.press("Sign out");

    // IPS is run by the primary care team, Jordan's.
    signIn("jordan");
    browser.follow("Referrals to review");
    browser.assertAccessible();
    browser.open(referralPath);
    assertThat(browser.text())
        .contains("Not met")
        .contains("IPS is for people who are out of work");
    browser.press("Start review");
    assertThat(browser.text()).contains("Review started");
    browser.follow("Accept");
    browser.assertAccessible();
    browser.press("Accept referral");
    assertThat(browser.text())
        .contains("There is a problem")
        .contains("Give a reason for accepting");
    browser.assertAccessible();
    browser.type(
        "reasons[1]", "At risk of losing the job; IPS in-work support is the best fit locally.");
    browser.press("Accept referral");
    assertThat(browser.text())
        .contains("Referral accepted")
        .contains("Rules overridden on acceptance")
        .contains("IPS in-work support is the best fit");
    assertThat(browser.find(By.cssSelector("[data-test=status]")).getText()).isEqualTo("Accepted");
    browser.assertAccessible();
    browser.press("Sign out");

    signIn("referrer");
    browser.follow("My referrals");
    assertThat(
            browser.find(By.xpath("//tr[td//a[normalize-space()='Override Journey']]")).getText())
        .contains("Accepted");
    browser.press("Sign out");
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
    browser.clickAndWait(browser.find(By.cssSelector("a[href$='/roles']")));
    browser.assertAccessible();
    browser.choose("roles-MANAGER");
    browser.press("Save roles");
    assertThat(browser.text())
        .contains("Roles of jo.worker changed")
        .contains("Practitioner")
        .contains("Team manager");

    browser.follow("Services");
    browser.assertAccessible();
    browser.follow("Add a service");
    browser.assertAccessible();
    browser.press("Add service");
    assertThat(browser.text()).contains("Enter the name of the service");
    browser.type("name", "Pain at work (pilot)");
    browser.type("description", "A pilot for people with pain at work.");
    browser.press("Add service");
    assertThat(browser.text()).contains("Service added").contains("No rules");
    assertThat(browser.find(By.cssSelector("[data-test=service-id]")).getText())
        .containsPattern("this service is HealthcareService/[0-9a-f-]{36}");
    browser.follow("Add a rule");
    browser.assertAccessible();
    browser.choose("kind-WEEKS_OFF_WORK_AT_LEAST");
    browser.press("Add rule");
    assertThat(browser.text())
        .contains("Enter the lower number as a whole number")
        .contains("Explain in plain English");
    browser.type("low", "4");
    browser.type("explanation", "Earlier than 4 weeks most people recover without help.");
    browser.press("Add rule");
    assertThat(browser.text()).contains("Rule added").contains("Off work for at least 4 weeks");
    browser.assertAccessible();

    browser.follow("Care steps");
    browser.follow("Pain at work (pilot)");
    assertThat(browser.find(By.id("name1")).getAttribute("value"))
        .isEqualTo("Information and signposting");
    assertThat(browser.text())
        .contains("Rules that suggest a step")
        .contains("Little confidence about working.");
    browser.assertAccessible();

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
