package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.appointment.Appointments;
import org.stepwise.appointment.Attendance;
import org.stepwise.assessment.FitNotes;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.benefits.BetterOffEstimates;
import org.stepwise.caseload.CaseRow;
import org.stepwise.caseload.CaseloadFilter;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.Outcome;
import org.stepwise.caseload.Teams;
import org.stepwise.correspondence.LetterStatus;
import org.stepwise.correspondence.Letters;
import org.stepwise.plan.Plans;
import org.stepwise.referral.ReferralId;

/**
 * A new user's first look: the demo, loaded on the first start of a fresh database (the shared test
 * application's), shows a service in full swing for both demo practitioners. Read through the
 * modules' own services and pages.
 */
@StepwiseIntegrationTest
class DemoCaseworkIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired Caseloads caseloads;
  @Autowired Cases cases;
  @Autowired Teams teams;
  @Autowired Appointments appointments;
  @Autowired Questionnaires questionnaires;
  @Autowired Plans plans;
  @Autowired FitNotes fitNotes;
  @Autowired BetterOffEstimates betterOff;
  @Autowired Letters letters;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private List<CaseRow> caseload(String worker) {
    return TestData.as(
        "manager", () -> caseloads.caseload(worker, CaseloadFilter.none()), "MANAGER");
  }

  private CaseRow row(String worker, String fullName) {
    return caseload(worker).stream()
        .filter(r -> r.fullName().equals(fullName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(fullName + " is not on " + worker + "'s caseload"));
  }

  private static <T> T asPractitioner(java.util.function.Supplier<T> work) {
    return TestData.as("practitioner", work, "PRACTITIONER");
  }

  private LocalDate today() {
    return LocalDate.now(LONDON);
  }

  @Test
  void bothPractitionersHaveOpenCasesAtSeveralSteps() {
    for (var worker : List.of("practitioner", "jordan")) {
      var demo = caseload(worker);
      assertThat(demo).as(worker + "'s caseload").hasSizeGreaterThanOrEqualTo(4);
      assertThat(demo.stream().map(CaseRow::step).distinct().count())
          .as(worker + "'s steps")
          .isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void workItemsAreDueTodayAndOverdue() {
    var ivan = row("practitioner", "Ivan Petrov");
    assertThat(ivan.nextDue()).isEqualTo(today());
    assertThat(ivan.overdue()).isFalse();
    var aisha = row("practitioner", "Aisha Rahman");
    assertThat(aisha.overdue()).isTrue();
    assertThat(aisha.nextDue()).isBefore(today());
  }

  @Test
  void appointmentsWereAttendedAndMissedAndMoreAreBooked() {
    var aisha = row("practitioner", "Aisha Rahman").caseId();
    var booked = asPractitioner(() -> appointments.forCase(aisha));
    assertThat(booked)
        .anySatisfy(a -> assertThat(a.attendance()).isEqualTo(Attendance.ATTENDED))
        .anySatisfy(a -> assertThat(a.attendance()).isEqualTo(Attendance.DID_NOT_ATTEND))
        .anySatisfy(
            a -> {
              assertThat(a.attendance()).isEqualTo(Attendance.BOOKED);
              assertThat(a.startsAt()).isAfter(java.time.Instant.now());
            });
    assertThat(booked)
        .filteredOn(a -> a.attendance() != Attendance.BOOKED)
        .allSatisfy(a -> assertThat(a.startsAt()).isBefore(java.time.Instant.now()));
  }

  @Test
  void questionnairesWereCompletedOnTwoOrMoreDates() {
    var aisha = row("practitioner", "Aisha Rahman").caseId();
    var phq9 =
        asPractitioner(() -> questionnaires.forCase(aisha)).stream()
            .filter(r -> r.code().equals("PHQ-9"))
            .toList();
    assertThat(phq9.stream().map(r -> r.completedOn()).distinct().count())
        .isGreaterThanOrEqualTo(2);
    assertThat(phq9).allSatisfy(r -> assertThat(r.completedOn()).isBefore(today()));
  }

  @Test
  void aPlanIsAgreedAndAnotherIsBeingDrafted() {
    var agreed = row("practitioner", "Aisha Rahman").caseId();
    assertThat(asPractitioner(() -> plans.forCase(agreed)).agreements()).isNotEmpty();
    var drafted = row("practitioner", "Bethan Lloyd").caseId();
    var draft = asPractitioner(() -> plans.forCase(drafted));
    assertThat(draft.agreements()).isEmpty();
    assertThat(draft.goals()).isNotBlank();
  }

  @Test
  void aFitNoteAndABetterOffEstimateAreRecorded() {
    var catrin = row("practitioner", "Catrin Rees").caseId();
    assertThat(asPractitioner(() -> fitNotes.forCase(catrin))).isNotEmpty();
    var fatima = row("jordan", "Fatima Begum").caseId();
    assertThat(TestData.as("jordan", () -> betterOff.forCase(fatima), "PRACTITIONER")).isNotEmpty();
  }

  @Test
  void lettersWereSentAndOneIsHeldForWantOfConsent() {
    var helen = referralOf("Helen", "Marsh");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(asPractitioner(() -> letters.forReferral(helen)))
                    .anySatisfy(l -> assertThat(l.status()).isEqualTo(LetterStatus.SENT)));
    var catrin = referralOf("Catrin", "Rees");
    assertThat(asPractitioner(() -> letters.forReferral(catrin)))
        .anySatisfy(
            l -> {
              assertThat(l.status()).isEqualTo(LetterStatus.HELD);
              assertThat(l.templateKey()).isEqualTo("plan-agreed");
            });
  }

  @Test
  void aHandoverWaitsForJordan() {
    var kerry = row("jordan", "Kerry Doyle");
    assertThat(kerry.handoverPending()).isTrue();
    assertThat(kerry.nextDue()).isEqualTo(today());
  }

  @Test
  void casesClosedWithTheirOutcomes() {
    assertThat(progress(referralOf("Helen", "Marsh")).outcome()).isEqualTo(Outcome.STAYED_IN_WORK);
    assertThat(progress(referralOf("Arjun", "Patel")).outcome()).isEqualTo(Outcome.NEW_JOB);
    assertThat(progress(referralOf("Robert", "Hughes")).open()).isFalse();
  }

  @Test
  void theManagerSeesTheTeamAndTheDiaryShowsTheWeek() throws Exception {
    var team = TestData.as("manager", () -> teams.team(), "MANAGER");
    assertThat(team.workers())
        .anySatisfy(w -> assertThat(w.username()).isEqualTo("jordan"))
        .allSatisfy(w -> assertThat(w.active()).isGreaterThanOrEqualTo(0));
    assertThat(team.workers().stream().filter(w -> w.username().equals("jordan")).findFirst())
        .hasValueSatisfying(w -> assertThat(w.active()).isGreaterThanOrEqualTo(4));
    assertThat(team.keptOneWorker()).isLessThan(team.cases());

    var fatima = row("jordan", "Fatima Begum").caseId();
    var next =
        TestData.as("jordan", () -> appointments.forCase(fatima), "PRACTITIONER").stream()
            .filter(a -> a.attendance() == Attendance.BOOKED)
            .findFirst()
            .orElseThrow();
    var day = next.startsAt().atZone(LONDON).toLocalDate();
    var monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
    var diary =
        mvc.perform(
                get("/diary")
                    .param("week", monday.toString())
                    .with(user("jordan").roles("PRACTITIONER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(diary).contains("Fatima Begum");
  }

  /** The demo person's referral: looked up by name, the one thing no service offers. */
  private ReferralId referralOf(String given, String family) {
    return new ReferralId(
        jdbc.sql(
                "select r.id from referral r join person p on p.id = r.person_id"
                    + " where p.given_name = :g and p.family_name = :f")
            .param("g", given)
            .param("f", family)
            .query(UUID.class)
            .single());
  }

  private org.stepwise.caseload.CaseProgress progress(ReferralId referral) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "demo-gp-system", null, AuthorityUtils.createAuthorityList("SCOPE_referral.read")));
    SecurityContextHolder.setContext(context);
    try {
      return cases.progress(referral).orElseThrow();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
