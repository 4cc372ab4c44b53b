package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.People;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;

/**
 * A data protection officer answers "who looked at this person's record, and why?": they sign in,
 * find the access log (the only page their role has), look the person up by NHS number, see a
 * break-glass access with its reason, get a mistake in a date explained, and download the entries.
 */
@StepwiseIntegrationTest
class AccessLogJourneyIT {

  @LocalServerPort int port;
  @Autowired StaffAccounts accounts;
  @Autowired People people;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transactions;

  @Test
  void aDataProtectionOfficerFindsWhoSawAPersonsRecordAndDownloadsIt() throws Exception {
    var suffix = UUID.randomUUID().toString().substring(0, 6);
    var officer = "dpo" + suffix;
    var worker = "journey-worker-" + suffix;
    var manager = "journey-manager-" + suffix;
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    officer,
                    "Dana Protection",
                    null,
                    "stepwise-demo",
                    Set.of(Role.DATA_PROTECTION))),
        "ADMIN");
    var number = new NhsNumber(nhsNumber());
    var person =
        TestData.as(
                "practitioner",
                () ->
                    people.register(
                        new NewPerson(
                            "Nia",
                            "Journey" + suffix,
                            LocalDate.of(1990, 5, 17),
                            number,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)),
                "PRACTITIONER")
            .id();
    var caseId = UUID.randomUUID();
    TestData.as(
        worker,
        () -> {
          transactions.executeWithoutResult(
              s -> audit.recordAbout(AuditAction.READ, "case", caseId, List.of(person), null));
          return null;
        },
        "PRACTITIONER");
    TestData.as(
        manager,
        () -> {
          transactions.executeWithoutResult(
              s ->
                  audit.recordBreakGlass(
                      "case", caseId, person, "Safeguarding concern raised out of hours"));
          return null;
        },
        "MANAGER");

    try (var browser = new Browser(port)) {
      browser.signIn(officer);
      assertThat(browser.findAll(By.cssSelector(".govuk-service-navigation__link")))
          .extracting(link -> link.getText())
          .containsExactly("Access log", "Your details");
      browser.follow("Access log");
      assertThat(browser.title()).isEqualTo("Access log – Stepwise");
      browser.assertAccessible();

      browser.type("nhsNumber", number.formatted());
      browser.press("Show entries");
      assertThat(browser.find(By.cssSelector("[data-test=people-found]")).getText())
          .isEqualTo("Entries that showed the person found by those details.");
      var rows = browser.findAll(By.cssSelector("tr[data-test^=entry]"));
      assertThat(rows).hasSize(2);
      var breakGlass = browser.find(By.cssSelector("tr[data-test=entry-break-glass]"));
      assertThat(breakGlass.getText())
          .contains(manager, "Broke the glass", "Break-glass")
          .contains("Reason: Safeguarding concern raised out of hours");
      assertThat(rows.get(1).getText()).contains(worker, "practitioner", "Viewed");
      browser.assertAccessible();

      browser.type("from-day", "31");
      browser.type("from-month", "2");
      browser.type("from-year", "2026");
      browser.press("Show entries");
      assertThat(browser.title()).startsWith("Error: ");
      assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
          .contains("The date to show entries from must be a real date");
      assertThat(browser.find(By.id("nhsNumber")).getDomProperty("value"))
          .isEqualTo(number.formatted());
      browser.assertAccessible();
      browser.type("from-day", "");
      browser.type("from-month", "");
      browser.type("from-year", "");
      browser.press("Show entries");

      var download = browser.find(By.cssSelector("[data-test=download]")).getDomProperty("href");
      assertThat(download).contains("/admin/audit.csv?nhsNumber=");
      var session = browser.driver().manage().getCookieNamed("STEPWISE_SESSION").getValue();
      var csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(download))
                      .header("Cookie", "STEPWISE_SESSION=" + session)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment;");
      // The two accesses, and the officer's own three readings of the person's entries (two pages
      // shown and this download), each with the person looked up and never the number typed.
      var lines = csv.body().lines().toList();
      assertThat(lines).hasSize(6);
      assertThat(lines.getFirst()).startsWith("When,User,Roles,Action");
      assertThat(lines.get(1))
          .contains(officer + ",data protection,Viewed,audit-log,," + person)
          .contains("download; person by NHS number")
          .doesNotContain(number.value());
      assertThat(csv.body())
          .contains(
              manager
                  + ",manager,Broke the glass,case,"
                  + caseId
                  + ","
                  + person
                  + ",Safeguarding concern raised out of hours,")
          .contains(worker + ",practitioner,Viewed,case," + caseId + "," + person + ",,,");

      // The browser itself is given the file to save, and stays on the page.
      browser.driver().get(download);
      assertThat(browser.path()).startsWith("/admin/audit?").doesNotContain(".csv");
      assertThat(browser.find(By.id("nhsNumber")).getDomProperty("value"))
          .isEqualTo(number.formatted());
    }
  }

  /** A random valid NHS number outside the demo's 999 range. */
  private static String nhsNumber() {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    while (true) {
      var digits = String.format("%d%08d", 1 + random.nextInt(8), random.nextInt(100_000_000));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return digits + check;
      }
    }
  }
}
