package org.stepwise.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.internal.WorkItemRaiser;
import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.staff.StaffDirectory;

/** Cases with named workers: limits and overrides, handovers, work items, continuity. */
@StepwiseIntegrationTest
@RecordApplicationEvents
class CaseloadIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Caseloads caseloads;
  @Autowired StaffAccounts accounts;
  @Autowired StaffDirectory staff;
  @Autowired WorkItemRaiser raiser;
  @Autowired ApplicationEvents events;

  private ProgrammeId service;
  private String workerA;
  private String workerB;

  @BeforeEach
  void setUp() {
    service = TestData.jobRetentionService(programmes, "Caseload test " + UUID.randomUUID());
    workerA = worker("Ann Able", Set.of(Condition.CHRONIC_PAIN));
    workerB = worker("Ben Busy", Set.of());
  }

  private String worker(String name, Set<Condition> skills) {
    String username = "w-" + UUID.randomUUID().toString().substring(0, 8);
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    username, name, null, "a-long-password-x", Set.of(Role.PRACTITIONER))),
        "ADMIN");
    TestData.as(
        "manager",
        () -> {
          staff.changeWorker(username, BigDecimal.ONE, 1, skills, "Test team");
          return null;
        },
        "MANAGER");
    return username;
  }

  /** Someone waiting for step 2, through referral, acceptance, triage and decision. */
  private UUID waiting() throws Exception {
    String family = "C" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            post("/referrals/new/" + service)
                .with(csrf())
                .with(PRACTITIONER)
                .param("givenName", "Cas")
                .param("familyName", family)
                .param("dobDay", "1")
                .param("dobMonth", "2")
                .param("dobYear", "1980")
                .param("email", "cas@example.com")
                .param("source", "GP")
                .param("conditions", "CHRONIC_PAIN")
                .param("employmentStatus", "EMPLOYED_OFF_SICK")
                .param("reason", "Help")
                .param("consentToContact", "yes")
                .param("consentToFeedback", "no"))
        .andExpect(status().isFound());
    var referral =
        jdbc.sql(
                "select r.id from referral r join person p on p.id = r.person_id where p.family_name = :f")
            .param("f", family)
            .query(UUID.class)
            .single();
    mvc.perform(post("/referrals/" + referral + "/start-review").with(csrf()).with(PRACTITIONER));
    mvc.perform(post("/referrals/" + referral + "/accept").with(csrf()).with(PRACTITIONER));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql("select count(*) from triage where referral_id = :r")
                        .param("r", referral)
                        .query(Long.class)
                        .single()
                    == 1);
    var triage =
        jdbc.sql("select id from triage where referral_id = :r")
            .param("r", referral)
            .query(UUID.class)
            .single();
    mvc.perform(
        post("/triage/" + triage)
            .with(csrf())
            .with(PRACTITIONER)
            .param("employmentStatus", "EMPLOYED_OFF_SICK")
            .param("weeksOffWork", "6")
            .param("jobAtRisk", "YES")
            .param("confidence", "6")
            .param("painInterference", "5")
            .param("fatigueInterference", "4")
            .param("cognitionInterference", "1")
            .param("moodInterference", "3")
            .param("help", "RETURN_TO_WORK"));
    mvc.perform(
        post("/triage/" + triage + "/step").with(csrf()).with(PRACTITIONER).param("step", "2"));
    return triage;
  }

  @Test
  void openingACaseAssignsTheWorkerTakesThePersonOffTheWaitingListAndRaisesAWorkItem()
      throws Exception {
    var triage = waiting();
    var options = TestData.as("practitioner", () -> caseloads.options(triage), "PRACTITIONER");
    assertThat(
            options.stream()
                .filter(o -> o.username().equals(workerA) || o.username().equals(workerB))
                .map(WorkerOption::username))
        .as("trained in the person's condition first")
        .containsExactly(workerA, workerB);

    mvc.perform(
            post("/cases/new")
                .param("triage", triage.toString())
                .param("worker", workerA)
                .with(csrf())
                .with(PRACTITIONER))
        .andExpect(status().isFound());
    var caseId =
        jdbc.sql("select id from care_case where triage_id = :t")
            .param("t", triage)
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql("select status from triage where id = :t")
                .param("t", triage)
                .query(String.class)
                .single())
        .isEqualTo("CASE_OPEN");
    assertThat(events.stream(CaseOpened.class))
        .anySatisfy(e -> assertThat(e.caseId()).isEqualTo(caseId));
    assertThat(events.stream(WorkerAssigned.class))
        .anySatisfy(e -> assertThat(e.worker()).isEqualTo(workerA));

    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from work_item where care_case_id = :c and kind = 'NEW_CASE'")
                        .param("c", caseId)
                        .query(Long.class)
                        .single()
                    == 1);
    var caseload =
        mvc.perform(
                get("/caseload").param("worker", workerA).with(user(workerA).roles("PRACTITIONER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(caseload).contains("Cas C").contains("1 item");
  }

  @Test
  void aFullWorkerNeedsAManagersReasonToTakeAnotherCase() throws Exception {
    var first = waiting();
    TestData.as("practitioner", () -> caseloads.open(first, workerB, null), "PRACTITIONER");
    var second = waiting();
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner", () -> caseloads.open(second, workerB, null), "PRACTITIONER"))
        .isInstanceOf(OverCapacity.class)
        .hasMessageContaining("has 1 active cases and a limit of 1");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> caseloads.open(second, workerB, "Urgent"),
                    "PRACTITIONER"))
        .isInstanceOf(AccessDeniedException.class);
    var page =
        mvc.perform(
                post("/cases/new")
                    .param("triage", second.toString())
                    .param("worker", workerB)
                    .with(csrf())
                    .with(PRACTITIONER))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("There is a problem").contains("a manager can assign over the limit");

    var id =
        TestData.as(
            "manager",
            () -> caseloads.open(second, workerB, "Only worker trained for this; cover agreed"),
            "MANAGER");
    assertThat(
            jdbc.sql("select over_limit_reason from case_assignment where care_case_id = :c")
                .param("c", id)
                .query(String.class)
                .single())
        .isEqualTo("Only worker trained for this; cover agreed");
  }

  @Test
  void reassignmentHandsOverWithANoteTheNewWorkerAcknowledgesAndContinuityIsReported()
      throws Exception {
    var triage = waiting();
    var id =
        TestData.as("practitioner", () -> caseloads.open(triage, workerA, null), "PRACTITIONER");
    TestData.as(
        "manager",
        () -> {
          staff.changeWorker(workerB, BigDecimal.ONE, 5, Set.of(), "Test team");
          return null;
        },
        "MANAGER");
    var refused =
        mvc.perform(
                post("/cases/" + id + "/reassign")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("worker", workerB))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Give a reason for changing worker")
        .contains("Write a handover note");

    mvc.perform(
            post("/cases/" + id + "/reassign")
                .with(csrf())
                .with(PRACTITIONER)
                .param("worker", workerB)
                .param("reason", "Ann is moving team")
                .param(
                    "handoverNote", "Two sessions so far; CV drafted; employer meeting next week."))
        .andExpect(status().isFound());
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from work_item where care_case_id = :c and kind = 'HANDOVER' and worker = :w")
                        .param("c", id)
                        .param("w", workerB)
                        .query(Long.class)
                        .single()
                    == 1);
    var asB =
        mvc.perform(get("/cases/" + id).with(user(workerB).roles("PRACTITIONER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(asB)
        .contains("Handover note")
        .contains("CV drafted")
        .contains("I have read the handover note");

    mvc.perform(
        post("/cases/" + id + "/acknowledge")
            .with(csrf())
            .with(user(workerA).roles("PRACTITIONER")));
    assertThat(
            jdbc.sql("select handover_pending from care_case where id = :c")
                .param("c", id)
                .query(Boolean.class)
                .single())
        .isTrue();
    mvc.perform(
        post("/cases/" + id + "/acknowledge")
            .with(csrf())
            .with(user(workerB).roles("PRACTITIONER")));
    assertThat(
            jdbc.sql("select handover_pending from care_case where id = :c")
                .param("c", id)
                .query(Boolean.class)
                .single())
        .isFalse();
    assertThat(
            jdbc.sql("select status from work_item where care_case_id = :c and kind = 'HANDOVER'")
                .param("c", id)
                .query(String.class)
                .single())
        .isEqualTo("DONE");

    var team = TestData.as("manager", () -> caseloads.team(), "MANAGER");
    assertThat(team.cases()).isGreaterThan(team.keptOneWorker());
    assertThat(team.continuityPercent()).isLessThan(100);
  }

  @Test
  void aManagerAssignsTheSuggestedWorkerInOneClick() throws Exception {
    var triage = waiting();
    var suggestions = TestData.as("manager", () -> caseloads.suggestions(500), "MANAGER");
    var mine =
        suggestions.stream().filter(s -> s.triageId().equals(triage)).findFirst().orElseThrow();
    assertThat(mine.why()).isNotBlank();
    mvc.perform(
            post("/team/assign")
                .with(csrf())
                .with(user("manager").roles("MANAGER"))
                .param("triage", triage.toString())
                .param("worker", mine.worker()))
        .andExpect(status().isFound());
    assertThat(
            jdbc.sql("select worker from care_case where triage_id = :t")
                .param("t", triage)
                .query(String.class)
                .single())
        .isEqualTo(mine.worker());
    mvc.perform(
            post("/team/assign")
                .with(csrf())
                .with(PRACTITIONER)
                .param("triage", triage.toString())
                .param("worker", mine.worker()))
        .andExpect(status().isForbidden());
  }

  @Test
  void closingACaseRecordsTheOutcomeAndTellsTheReferrer() throws Exception {
    var triage = waiting();
    var id =
        TestData.as("practitioner", () -> caseloads.open(triage, workerA, null), "PRACTITIONER");
    var refused =
        mvc.perform(post("/cases/" + id + "/close").with(csrf()).with(PRACTITIONER))
            .andExpect(status().isFound())
            .andReturn()
            .getFlashMap()
            .get("problem");
    assertThat(refused).isEqualTo("Choose the outcome to close the case");
    mvc.perform(
            post("/cases/" + id + "/close")
                .with(csrf())
                .with(PRACTITIONER)
                .param("outcome", "RETURNED_TO_WORK")
                .param("note", "Back four days a week"))
        .andExpect(status().isFound());
    var row =
        jdbc.sql("select status, outcome, outcome_note from care_case where id = :c")
            .param("c", id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("status", "CLOSED")
        .containsEntry("outcome", "RETURNED_TO_WORK")
        .containsEntry("outcome_note", "Back four days a week");
    assertThat(events.stream(CaseClosed.class))
        .anySatisfy(e -> assertThat(e.caseId()).isEqualTo(id));
    var referral =
        jdbc.sql("select referral_id from care_case where id = :c")
            .param("c", id)
            .query(UUID.class)
            .single();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from letter where referral_id = :r and template_key = 'discharged'")
                        .param("r", referral)
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(
            jdbc.sql(
                    "select inputs from letter where referral_id = :r and template_key = 'discharged'")
                .param("r", referral)
                .query(String.class)
                .single())
        .contains("went back to work after time off");
    assertThat(
            jdbc.sql("select count(*) from work_item where care_case_id = :c and status <> 'DONE'")
                .param("c", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aPlannedReviewDateRaisesAWorkItemOnThatDay() throws Exception {
    var triage = waiting();
    var id =
        TestData.as("practitioner", () -> caseloads.open(triage, workerA, null), "PRACTITIONER");
    var next = java.time.LocalDate.now().plusDays(10);
    mvc.perform(
            post("/cases/" + id + "/review")
                .with(csrf())
                .with(PRACTITIONER)
                .param("review-day", "" + next.getDayOfMonth())
                .param("review-month", "" + next.getMonthValue())
                .param("review-year", "" + next.getYear()))
        .andExpect(status().isFound());
    raiser.raiseReviewDates();
    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'REVIEW_DATE'")
                .param("c", id)
                .query(Long.class)
                .single())
        .as("not before the day")
        .isZero();
    jdbc.sql("update care_case set next_review_on = current_date where id = :c")
        .param("c", id)
        .update();
    raiser.raiseReviewDates();
    raiser.raiseReviewDates();
    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'REVIEW_DATE'")
                .param("c", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    var team = TestData.as("manager", () -> caseloads.team(), "MANAGER");
    assertThat(team.teams()).anySatisfy(t -> assertThat(t.team()).isEqualTo("Test team"));
  }

  @Test
  void notesAndEverythingElseAppearOnTheCaseTimeline() throws Exception {
    var triage = waiting();
    var id =
        TestData.as("practitioner", () -> caseloads.open(triage, workerA, null), "PRACTITIONER");
    mvc.perform(post("/cases/" + id + "/notes").with(csrf()).with(PRACTITIONER).param("text", "x"))
        .andExpect(status().isFound());
    assertThat(
            jdbc.sql("select count(*) from case_note where care_case_id = :c")
                .param("c", id)
                .query(Long.class)
                .single())
        .as("no contact type, nothing saved")
        .isZero();
    mvc.perform(
            post("/cases/" + id + "/notes")
                .with(csrf())
                .with(PRACTITIONER)
                .param("contactType", "PHONE")
                .param("minutes", "25")
                .param("topics", "CV", "BENEFITS")
                .param("text", "Talked through the CV <b>draft</b>."))
        .andExpect(status().isFound());
    mvc.perform(
        post("/cases/" + id + "/step")
            .with(csrf())
            .with(PRACTITIONER)
            .param("step", "3")
            .param("reason", "Needs more help"));
    var page =
        mvc.perform(get("/cases/" + id).with(PRACTITIONER))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Timeline")
        .contains(
            "Phone, 25 minutes. Benefits and money, CV and applications. Talked through the CV &lt;b&gt;draft&lt;/b&gt;.")
        .contains("Step 2 to 3: Needs more help")
        .contains("Case opened")
        .contains("Referral accepted");
  }

  @Test
  void aCaseOpenForAYearRaisesOneTwelveMonthReview() throws Exception {
    var triage = waiting();
    var id =
        TestData.as("practitioner", () -> caseloads.open(triage, workerA, null), "PRACTITIONER");
    jdbc.sql("update care_case set opened_at = now() - interval '400 days' where id = :c")
        .param("c", id)
        .update();
    raiser.raiseTwelveMonthReviews();
    raiser.raiseTwelveMonthReviews();
    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'TWELVE_MONTH_REVIEW'")
                .param("c", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
