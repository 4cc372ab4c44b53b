package org.stepwise;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EligibilityRule;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeDetails;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.programme.RuleKind;
import org.stepwise.triage.TriageId;

/** Helpers for tests that set up data through the application's own services. */
public final class TestData {

  private TestData() {}

  /** Runs the work signed in as the given user with the given roles (without "ROLE_"). */
  public static <T> T as(String username, Supplier<T> work, String... roles) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    var authorities =
        AuthorityUtils.createAuthorityList(
            java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new));
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /**
   * A service open to self-referral for working-age people (18 to 64) who are in work, with an
   * optional NHS number and weeks off work.
   */
  public static ProgrammeId jobRetentionService(Programmes programmes, String name) {
    var fields = new EnumMap<FormField, FieldRequirement>(FormField.class);
    fields.put(FormField.NHS_NUMBER, FieldRequirement.OPTIONAL);
    fields.put(FormField.WEEKS_OFF_WORK, FieldRequirement.OPTIONAL);
    fields.put(FormField.EMPLOYER, FieldRequirement.OPTIONAL);
    fields.put(FormField.GP_PRACTICE, FieldRequirement.HIDDEN);
    return as(
        "admin",
        () -> {
          var id =
              programmes.create(
                  new ProgrammeDetails(
                      name,
                      "For people in work.",
                      "Help to keep your job.",
                      Set.of(),
                      true,
                      true,
                      fields));
          programmes.addRule(
              id,
              new EligibilityRule(
                  RuleKind.AGE_BETWEEN, 18, 64, null, "Funded for working age only."));
          programmes.addRule(
              id,
              new EligibilityRule(
                  RuleKind.EMPLOYMENT_STATUS_IN,
                  null,
                  null,
                  Set.of(
                      EmploymentStatus.EMPLOYED_AT_WORK.name(),
                      EmploymentStatus.EMPLOYED_OFF_SICK.name()),
                  "This service helps people keep a job they have."));
          TestTeams.run(programmes, id);
          return id;
        },
        "ADMIN");
  }

  /** A service with no eligibility rules, taking any referral (for benchmarks). */
  public static ProgrammeId jobRetentionServiceWithoutRules(Programmes programmes, String name) {
    var fields = new EnumMap<FormField, FieldRequirement>(FormField.class);
    fields.put(FormField.NHS_NUMBER, FieldRequirement.OPTIONAL);
    return as(
        "admin",
        () -> {
          var id =
              programmes.create(
                  new ProgrammeDetails(
                      name, "For anyone.", "Help with work.", Set.of(), true, true, fields));
          TestTeams.run(programmes, id);
          return id;
        },
        "ADMIN");
  }

  /** Conditions as form values. */
  public static List<String> conditions(Condition... conditions) {
    return java.util.Arrays.stream(conditions).map(Enum::name).toList();
  }

  /**
   * A new referral made by the test, as the demo referrer, to the demo service with this name, for
   * a person no other test knows (given name as asked, a family name of its own), so that the test
   * never changes the demo's own people. Returns the referral and the person's full name.
   */
  public static Referred referToDemoService(
      org.stepwise.referral.ReferralIntake intake,
      Programmes programmes,
      String service,
      String givenName,
      Condition condition,
      EmploymentStatus status) {
    var programme =
        as(
                "admin",
                () -> programmes.all().stream().filter(p -> p.name().equals(service)).findFirst(),
                "ADMIN")
            .orElseThrow(() -> new IllegalStateException("No demo service " + service));
    String family = "Test" + java.util.UUID.randomUUID().toString().substring(0, 6);
    var result =
        as(
            "referrer",
            () ->
                intake.receive(
                    new org.stepwise.referral.NewReferral(
                        new org.stepwise.person.NewPerson(
                            givenName,
                            family,
                            java.time.LocalDate.of(1975, 3, 14),
                            null,
                            givenName.toLowerCase() + "." + family.toLowerCase() + "@example.com",
                            null,
                            null,
                            null,
                            null,
                            null),
                        programme.id(),
                        org.stepwise.referral.ReferralSource.GP,
                        Set.of(condition),
                        null,
                        status,
                        null,
                        null,
                        null,
                        "Referred by a test.",
                        true,
                        false),
                    true),
            "REFERRER");
    var received = (org.stepwise.referral.ReceiveResult.Received) result;
    return new Referred(received.referral().id().id(), givenName + " " + family);
  }

  /** A referral made by a test, and the person's full name. */
  public record Referred(java.util.UUID referral, String fullName) {}

  /** A referral's ids and its open case. */
  /**
   * The test database is shared by every test class, and many open a case with the demo
   * practitioner: give her room for all of them, so no test depends on how many ran before it.
   * Caseload limits themselves are tested with workers of their own ({@code CaseloadIT}).
   */
  public static void roomForTestCases(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    jdbc.sql(
            "update staff_user set caseload_limit = 10000"
                + " where username in ('practitioner', 'jordan')")
        .update();
  }

  public record OpenCase(
      java.util.UUID referral, org.stepwise.caseload.CaseId caseId, String fullName) {}

  /**
   * Refers someone to a new service, accepts them, triages them to step 1 and opens a case with the
   * demo practitioner, all through the application's own pages and services.
   */
  public static OpenCase openCase(
      org.springframework.test.web.servlet.MockMvc mvc,
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      Programmes programmes,
      org.stepwise.caseload.Cases cases,
      String givenName)
      throws Exception {
    var ready = readyForCase(mvc, jdbc, programmes, givenName);
    roomForTestCases(jdbc);
    var caseId =
        as(
            "practitioner",
            () -> cases.open(new TriageId(ready.triage()), "practitioner", null),
            "PRACTITIONER");
    return new OpenCase(ready.referral(), caseId, ready.fullName());
  }

  public record ReadyForCase(java.util.UUID referral, java.util.UUID triage, String fullName) {}

  /**
   * Refers someone to a new service, accepts them and triages them to step 1, ready for a case to
   * be opened, all through the application's own pages.
   */
  public static ReadyForCase readyForCase(
      org.springframework.test.web.servlet.MockMvc mvc,
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      Programmes programmes,
      String givenName)
      throws Exception {
    var practitioner =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user("practitioner")
            .roles("PRACTITIONER");
    var csrf =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .csrf();
    var redirected =
        org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
            .is3xxRedirection();
    var service = jobRetentionService(programmes, "Case test " + java.util.UUID.randomUUID());
    String family = "F" + java.util.UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/referrals/new/" + service)
                .with(csrf)
                .with(practitioner)
                .param("givenName", givenName)
                .param("familyName", family)
                .param("dateOfBirth.day", "1")
                .param("dateOfBirth.month", "2")
                .param("dateOfBirth.year", "1980")
                .param("email", givenName.toLowerCase() + "@example.com")
                .param("source", "GP")
                .param("conditions", "CHRONIC_PAIN")
                .param("employmentStatus", "EMPLOYED_OFF_SICK")
                .param("reason", "Help")
                .param("consentToContact", "yes")
                .param("consentToFeedback", "no"))
        .andExpect(redirected);
    var referral =
        jdbc.sql(
                "select r.id from referral r join person p on p.id = r.person_id where p.family_name = :f")
            .param("f", family)
            .query(java.util.UUID.class)
            .single();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/referrals/" + referral + "/start-review")
                .with(csrf)
                .with(practitioner))
        .andExpect(redirected);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/referrals/" + referral + "/accept")
                .with(csrf)
                .with(practitioner))
        .andExpect(redirected);
    var triage =
        awaitTriage(
                mvc.getDispatcherServlet()
                    .getWebApplicationContext()
                    .getBean(org.stepwise.triage.Triage.class),
                referral)
            .id();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/triage/" + triage)
                .with(csrf)
                .with(practitioner)
                .param("employmentStatus", "EMPLOYED_OFF_SICK")
                .param("jobAtRisk", "NO")
                .param("confidence", "6")
                .param("painInterference", "5")
                .param("fatigueInterference", "4")
                .param("cognitionInterference", "1")
                .param("moodInterference", "3")
                .param("help", "RETURN_TO_WORK"))
        .andExpect(redirected);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/triage/" + triage + "/step")
                .with(csrf)
                .with(practitioner)
                .param("step", "1"))
        .andExpect(redirected);
    return new ReadyForCase(referral, triage, givenName + " " + family);
  }

  /**
   * A date typed into a form's three boxes: {@code field.day}, {@code field.month} and {@code
   * field.year}, for {@code post(...).with(TestData.date("on", today))}.
   */
  public static org.springframework.test.web.servlet.request.RequestPostProcessor date(
      String field, java.time.LocalDate day) {
    return date(field, "" + day.getDayOfMonth(), "" + day.getMonthValue(), "" + day.getYear());
  }

  /** The same with whatever was typed in each box, real date or not. */
  public static org.springframework.test.web.servlet.request.RequestPostProcessor date(
      String field, String day, String month, String year) {
    return request -> {
      request.addParameter(field + ".day", day);
      request.addParameter(field + ".month", month);
      request.addParameter(field + ".year", year);
      return request;
    };
  }

  /**
   * Waits for an accepted referral to reach the triage list (triage puts it there when it hears the
   * referral was accepted), read through triage's own API rather than its table.
   *
   * @return the referral's triage
   */
  public static org.stepwise.triage.TriageId awaitTriage(
      org.stepwise.triage.Triage triage, java.util.UUID referral) {
    return org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .until(
            () ->
                as("practitioner", triage::toTriage, "PRACTITIONER").stream()
                    .filter(t -> t.referralId().id().equals(referral))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow()
        .id();
  }

  /**
   * A new practitioner of the test's own, with a worker profile (full time, the given caseload
   * limit, skills and team), so tests of caseloads never depend on the demo's workers.
   *
   * @return the username
   */
  public static String newWorker(
      org.stepwise.staff.StaffAccounts accounts,
      org.stepwise.staff.StaffDirectory staff,
      String name,
      int limit,
      Set<Condition> skills,
      String team) {
    String username = "w-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    as(
        "admin",
        () ->
            accounts.add(
                new org.stepwise.staff.NewStaffAccount(
                    username,
                    name,
                    null,
                    "a-long-password-x",
                    Set.of(org.stepwise.staff.Role.PRACTITIONER))),
        "ADMIN");
    as(
        "manager",
        () -> {
          staff.changeWorker(username, java.math.BigDecimal.ONE, limit, skills);
          return null;
        },
        "MANAGER");
    TestTeams.join(accounts, username);
    if (team != null && !team.equalsIgnoreCase(TestTeams.NAME)) {
      var teams = TestTeams.teams(accounts);
      as(
          "admin",
          () -> {
            teams.addMember(TestTeams.team(teams, team), username);
            return null;
          },
          "ADMIN");
    }
    return username;
  }
}
