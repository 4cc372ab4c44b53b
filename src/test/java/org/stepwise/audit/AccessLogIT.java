package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.People;
import org.stepwise.site.Dates;

/**
 * The access log page (security review M6, issue 14 point 7): a data protection officer finds who
 * saw a person's record by the person's id, NHS number or name and date of birth, narrows by user,
 * action, kind of record, dates and break-glass, pages through, and downloads the same entries as
 * CSV that no spreadsheet runs as formulas; and their reading is itself in the log. Entries are
 * written through {@link AuditLog} as the services write them, by users of this test's own.
 */
@StepwiseIntegrationTest
class AccessLogIT {

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired AccessLog accessLog;
  @Autowired People people;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  private String suffix;
  private String worker;
  private String manager;
  private String officer;
  private UUID jane;
  private NhsNumber janesNumber;
  private String janesFamilyName;
  private UUID sam;
  private UUID caseId;

  @BeforeEach
  void twoPeopleAndWhatTwoUsersDidWithTheirRecords() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    worker = "al-worker-" + suffix;
    manager = "al-manager-" + suffix;
    officer = "al-dpo-" + suffix;
    janesFamilyName = "Auditson" + suffix;
    janesNumber = unusedNhsNumber();
    jane = register("Jane", janesFamilyName, LocalDate.of(1980, 2, 1), janesNumber);
    sam = register("Sam", janesFamilyName, LocalDate.of(1975, 6, 30), unusedNhsNumber());
    caseId = UUID.randomUUID();
    as(
        worker,
        () -> audit.recordAbout(AuditAction.READ, "person", jane, List.of(jane), "contact details"),
        "PRACTITIONER");
    as(
        manager,
        () ->
            audit.recordAbout(
                AuditAction.READ, "waiting-list", null, List.of(jane, sam), "page 1, 2 people"),
        "MANAGER");
    as(
        worker,
        () -> audit.recordAbout(AuditAction.UPDATE, "case", caseId, List.of(sam), "step changed"),
        "PRACTITIONER");
    as(
        manager,
        () -> audit.recordBreakGlass("case", caseId, jane, "Covering for Priya, who is off sick"),
        "MANAGER");
  }

  @Test
  void findsWhoSawAPersonByTheirIdNhsNumberOrNameAndDateOfBirth() throws Exception {
    var byId = page(get("/admin/audit").param("person", jane.toString()));
    assertThat(actions(byId)).containsExactly("Broke the glass", "Viewed", "Viewed");
    assertThat(byId.select("[data-test=people-found]").text()).contains("the person found");

    var byNumber =
        page(get("/admin/audit").param("nhsNumber", janesNumber.formatted()).param("user", worker));
    assertThat(actions(byNumber)).containsExactly("Viewed");
    assertThat(byNumber.select("[data-test=entry]").text())
        .contains(worker + " practitioner", "person " + jane, "contact details");

    var byName =
        page(
            get("/admin/audit")
                .param("familyName", janesFamilyName.toUpperCase())
                .param("born.day", "1")
                .param("born.month", "2")
                .param("born.year", "1980")
                .param("user", manager));
    assertThat(actions(byName)).containsExactly("Broke the glass", "Viewed");

    var everyoneOfThatName =
        page(
            get("/admin/audit")
                .param("givenName", "sam")
                .param("familyName", janesFamilyName)
                .param("born.day", "30")
                .param("born.month", "6")
                .param("born.year", "1975"));
    assertThat(actions(everyoneOfThatName)).containsExactly("Changed", "Viewed");

    var nobody = page(get("/admin/audit").param("nhsNumber", unusedNhsNumber().value()));
    assertThat(nobody.select("[data-test=nobody-found]").text()).contains("No one matches");
    assertThat(nobody.select("tr[data-test^=entry]")).isEmpty();

    // Each of those readings is in the log: its people are the people looked up, its detail says
    // how they were found but never what was typed.
    var readings =
        TestData.as(
            "admin",
            () ->
                accessLog
                    .page(
                        new AccessLogQuery(
                            jane,
                            null,
                            null,
                            null,
                            null,
                            officer,
                            null,
                            "audit-log",
                            null,
                            null,
                            false),
                        1,
                        50)
                    .entries(),
            "ADMIN");
    assertThat(readings).hasSize(3);
    assertThat(readings).allSatisfy(e -> assertThat(e.actorRoles()).isEqualTo("DATA_PROTECTION"));
    assertThat(readings)
        .extracting(AuditEntry::detail)
        .containsExactly(
            "page 1 of 1; person by name and date of birth; user " + manager,
            "page 1 of 1; person by NHS number; user " + worker,
            "page 1 of 1; person by id");
    assertThat(readings)
        .allSatisfy(
            e ->
                assertThat(e.detail())
                    .doesNotContain(janesNumber.value(), janesFamilyName, "1980"));
  }

  @Test
  void narrowsByUserActionKindOfRecordAndBreakGlass() throws Exception {
    assertThat(actions(page(get("/admin/audit").param("user", worker.toUpperCase()))))
        .containsExactly("Changed", "Viewed");
    assertThat(actions(page(get("/admin/audit").param("user", worker).param("action", "UPDATE"))))
        .containsExactly("Changed");
    assertThat(
            actions(page(get("/admin/audit").param("user", worker).param("recordType", "person"))))
        .containsExactly("Viewed");

    var breakGlass = page(get("/admin/audit").param("user", manager).param("breakGlass", "yes"));
    assertThat(breakGlass.select("tr[data-test=entry-break-glass]")).hasSize(1);
    assertThat(breakGlass.select("tr[data-test=entry]")).isEmpty();
    assertThat(breakGlass.select("[data-test=break-glass]").text()).isEqualTo("Break-glass");
    assertThat(breakGlass.select("[data-test=reason]").text())
        .isEqualTo("Reason: Covering for Priya, who is off sick");
    assertThat(breakGlass.select("[data-test=people] a").text()).isEqualTo(jane.toString());
    assertThat(breakGlass.select("#breakGlass").hasAttr("checked")).isTrue();

    var list = page(get("/admin/audit").param("user", manager).param("recordType", "waiting-list"));
    assertThat(list.select("[data-test=people] summary").text()).isEqualTo("2 people");
    assertThat(list.select("[data-test=people] a").eachAttr("href"))
        .containsExactlyInAnyOrder("/admin/audit?person=" + jane, "/admin/audit?person=" + sam);
    assertThat(list.select("tr[data-test=entry]").text())
        .contains(manager + " manager", "page 1, 2 people");
  }

  @Test
  void narrowsByLondonDatesAndShowsMistakesInDatesOnThePageKeepingWhatWasTyped() throws Exception {
    var today = Dates.localDate(clock.instant());
    assertThat(
            actions(
                page(
                    byWorkerOn("from", today)
                        .param("to.day", "" + today.getDayOfMonth())
                        .param("to.month", "" + today.getMonthValue())
                        .param("to.year", "" + today.getYear()))))
        .containsExactly("Changed", "Viewed");
    assertThat(page(byWorkerOn("from", today.plusDays(1))).select("[data-test=no-entries]").text())
        .isEqualTo("No entries match those filters.");
    assertThat(page(byWorkerOn("to", today.minusDays(1))).select("tr[data-test^=entry]")).isEmpty();

    var impossible =
        page(
            get("/admin/audit")
                .param("user", worker)
                .param("from.day", "31")
                .param("from.month", "2")
                .param("from.year", "2026"));
    assertThat(impossible.title()).startsWith("Error: ");
    assertThat(impossible.select(".govuk-error-summary a").eachText())
        .containsExactly("The date to show entries from must be a real date");
    assertThat(impossible.select(".govuk-error-summary a").attr("href")).isEqualTo("#from-day");
    assertThat(impossible.select("#from-day").val()).isEqualTo("31");
    assertThat(impossible.select("#user").val()).isEqualTo(worker);
    assertThat(impossible.select("tr[data-test^=entry]")).isEmpty();

    var backwards =
        page(
            byWorkerOn("from", today)
                .param("to.day", "1")
                .param("to.month", "1")
                .param("to.year", "2000")
                .param("person", "not-an-id")
                .param("nhsNumber", "12345")
                .param("givenName", "Jane")
                .param("action", "NOTHING"));
    assertThat(backwards.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter the person's id as the access log shows it, like"
                + " 3f2b8c1e-9a4d-4e7f-8b21-6c0d5e9f1a23",
            "Enter an NHS number of 10 digits, like 943 476 5919",
            "Enter the person's last name, to find them by name and date of birth",
            "Choose an action from the list",
            "The date to show entries to must be the same as or after the date to show them from");

    var nameWithoutBirthday = page(get("/admin/audit").param("familyName", janesFamilyName));
    assertThat(nameWithoutBirthday.select(".govuk-error-summary a").eachText())
        .containsExactly("Enter the person's date of birth, to find them by name");
  }

  @Test
  void pagesNewestFirstAndTurnsOddPageNumbersIntoPagesThatExist() throws Exception {
    var busy = "al-busy-" + suffix;
    as(
        busy,
        () -> {
          for (int i = 0; i < 120; i++) {
            audit.recordAbout(AuditAction.READ, "case", UUID.randomUUID(), List.of(), "n" + i);
          }
        },
        "PRACTITIONER");

    var first = page(get("/admin/audit").param("user", busy));
    assertThat(first.select("tr[data-test=entry]")).hasSize(50);
    assertThat(first.select("[data-test=range]").text())
        .isEqualTo("Entries 1 to 50 of 120, newest first.");
    assertThat(first.select("a[rel=next]").attr("href"))
        .isEqualTo("/admin/audit?user=" + busy + "&page=2");
    assertThat(first.select("a[rel=prev]")).isEmpty();

    var last = page(get("/admin/audit").param("user", busy).param("page", "3"));
    assertThat(last.select("tr[data-test=entry]")).hasSize(20);
    assertThat(last.select("[data-test=range]").text())
        .isEqualTo("Entries 101 to 120 of 120, newest first.");
    assertThat(last.select("a[rel=next]")).isEmpty();

    for (var odd : List.of("99999999999999999999", "2147483648", "4")) {
      assertThat(
              page(get("/admin/audit").param("user", busy).param("page", odd))
                  .select("[data-test=range]")
                  .text())
          .as("page %s", odd)
          .startsWith("Entries 101 to 120");
    }
    for (var odd : List.of("0", "-5", "abc", "", "1e9", "２")) {
      assertThat(
              page(get("/admin/audit").param("user", busy).param("page", odd))
                  .select("[data-test=range]")
                  .text())
          .as("page %s", odd)
          .startsWith("Entries 1 to 50");
    }

    var query =
        new AccessLogQuery(null, null, null, null, null, busy, null, null, null, null, false);
    var all = TestData.as("dpo", () -> accessLog.page(query, 1, 100_000), "DATA_PROTECTION");
    assertThat(all.size()).isEqualTo(AccessLog.MAX_PAGE_SIZE);
    assertThat(all.entries()).hasSize(120);
    assertThat(all.entries())
        .isSortedAccordingTo(Comparator.comparing(AuditEntry::occurredAt).reversed());
    var tiny = TestData.as("dpo", () -> accessLog.page(query, -1, 0), "DATA_PROTECTION");
    assertThat(tiny.size()).isEqualTo(1);
    assertThat(tiny.page()).isEqualTo(1);
    assertThat(tiny.pages()).isEqualTo(120);
  }

  @Test
  void downloadsTheFilteredEntriesAsCsvThatNoSpreadsheetRunsAsAFormula() throws Exception {
    var response =
        mvc.perform(
                get("/admin/audit.csv")
                    .param("user", manager)
                    .with(user(officer).roles("DATA_PROTECTION")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).startsWith("text/csv");
    assertThat(response.getHeader("Content-Disposition"))
        .matches("attachment; filename=\"access-log-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
    var rows = csv(response.getContentAsString());
    assertThat(rows).hasSize(2);
    assertThat(rows.getFirst().get("User")).isEqualTo(manager);
    assertThat(rows.getFirst().get("Roles")).isEqualTo("manager");
    assertThat(rows.getFirst().get("Action")).isEqualTo("Broke the glass");
    assertThat(rows.getFirst().get("Record type")).isEqualTo("case");
    assertThat(rows.getFirst().get("Record id")).isEqualTo(caseId.toString());
    assertThat(rows.getFirst().get("People shown")).isEqualTo(jane.toString());
    assertThat(rows.getFirst().get("Break-glass reason"))
        .isEqualTo("Covering for Priya, who is off sick");
    assertThat(rows.getFirst().get("When")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");
    assertThat(rows.get(1).get("People shown")).isEqualTo(jane + " " + sam);
    assertThat(rows.get(1).get("Detail")).isEqualTo("page 1, 2 people");

    var mischief = "=cmd|' /C calc'!A0-" + suffix;
    as(
        mischief,
        () -> {
          audit.record(AuditAction.READ, "case", caseId, "+SUM(A1:A9)");
          audit.record(AuditAction.READ, "case", caseId, "-2+3");
          audit.record(AuditAction.READ, "case", caseId, "@SUM(1)");
          audit.record(AuditAction.READ, "case", caseId, "\tTAB");
          audit.record(AuditAction.READ, "case", caseId, "a = b, \"quoted\"\nnext line");
        },
        "PRACTITIONER");
    var escaped =
        csv(
            mvc.perform(
                    get("/admin/audit.csv")
                        .param("user", mischief)
                        .with(user(officer).roles("DATA_PROTECTION")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(escaped).extracting(r -> r.get("User")).containsOnly("'" + mischief);
    assertThat(escaped)
        .extracting(r -> r.get("Detail"))
        .containsExactlyInAnyOrder(
            "a = b, \"quoted\"\nnext line", "'\tTAB", "'@SUM(1)", "'-2+3", "'+SUM(A1:A9)");

    var downloads =
        TestData.as(
            "admin",
            () ->
                accessLog
                    .page(
                        new AccessLogQuery(
                            null,
                            null,
                            null,
                            null,
                            null,
                            officer,
                            null,
                            "audit-log",
                            null,
                            null,
                            false),
                        1,
                        50)
                    .entries(),
            "ADMIN");
    assertThat(downloads)
        .extracting(AuditEntry::detail)
        .containsExactly("download; user " + mischief, "download; user " + manager);
  }

  @Test
  void aDownloadWithMistakesInItsFiltersGoesBackToThePageThatShowsThem() throws Exception {
    var answer =
        mvc.perform(
                get("/admin/audit.csv")
                    .param("user", worker)
                    .param("from.day", "99")
                    .with(user(officer).roles("DATA_PROTECTION")))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse();
    assertThat(answer.getRedirectedUrl()).isEqualTo("/admin/audit?user=" + worker + "&from.day=99");
  }

  @Test
  void aDataProtectionOfficerReadsTheLogAndNothingElse() throws Exception {
    var dpo = user(officer).roles("DATA_PROTECTION");
    var home = page(get("/"), dpo);
    assertThat(home.select("main a").eachText()).containsExactly("Access log", "Your details");
    for (var path :
        List.of(
            "/caseload",
            "/admin/users",
            "/referrals",
            "/waiting-list",
            "/my-referrals",
            "/triage",
            "/waiting-for-support",
            "/outbox",
            "/team",
            "/admin/services",
            "/referrals/" + UUID.randomUUID())) {
      mvc.perform(get(path).with(dpo)).andExpect(status().isForbidden());
    }
    assertThatThrownBy(
            () ->
                TestData.as(
                    officer,
                    () -> people.find(new org.stepwise.person.PersonId(jane)),
                    "DATA_PROTECTION"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void practitionersAndManagersCannotReadTheLog() throws Exception {
    for (var role : List.of("PRACTITIONER", "MANAGER", "REFERRER")) {
      var who = user("someone").roles(role);
      mvc.perform(get("/admin/audit").with(who)).andExpect(status().isForbidden());
      mvc.perform(get("/admin/audit.csv").with(who)).andExpect(status().isForbidden());
      assertThatThrownBy(
              () ->
                  TestData.as(
                      "someone", () -> accessLog.page(AccessLogQuery.everything(), 1, 10), role))
          .isInstanceOf(AccessDeniedException.class);
    }
    mvc.perform(get("/admin/audit.csv")).andExpect(status().is3xxRedirection());
  }

  private MockHttpServletRequestBuilder byWorkerOn(String field, LocalDate day) {
    return get("/admin/audit")
        .param("user", worker)
        .param(field + ".day", "" + day.getDayOfMonth())
        .param(field + ".month", "" + day.getMonthValue())
        .param(field + ".year", "" + day.getYear());
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return page(request, user(officer).roles("DATA_PROTECTION"));
  }

  private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who)
      throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** The action column of each entry on the page, in the order shown. */
  private static List<String> actions(Document page) {
    return page.select("tr[data-test^=entry] td:nth-child(3) > span:first-child").eachText();
  }

  private static List<CSVRecord> csv(String text) throws Exception {
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      assertThat(parser.getHeaderNames())
          .containsExactly(
              "When",
              "User",
              "Roles",
              "Action",
              "Record type",
              "Record id",
              "People shown",
              "Break-glass reason",
              "Detail",
              "Entry id");
      return parser.getRecords();
    }
  }

  private void as(String actor, Runnable work, String... roles) {
    TestData.as(
        actor,
        () -> {
          transactions.executeWithoutResult(status -> work.run());
          return null;
        },
        roles);
  }

  private UUID register(String given, String family, LocalDate born, NhsNumber number) {
    return TestData.as(
            "practitioner",
            () ->
                people.register(
                    new NewPerson(given, family, born, number, null, null, null, null, null, null)),
            "PRACTITIONER")
        .id();
  }

  /** A random valid NHS number outside the demo's 999 range: one in a billion that is taken. */
  private static NhsNumber unusedNhsNumber() {
    var random = ThreadLocalRandom.current();
    while (true) {
      var digits = new StringBuilder().append(1 + random.nextInt(8));
      for (int i = 0; i < 8; i++) {
        digits.append(random.nextInt(10));
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return new NhsNumber(digits.append(check).toString());
      }
    }
  }
}
