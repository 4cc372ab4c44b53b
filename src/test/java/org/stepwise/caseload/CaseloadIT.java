package org.stepwise.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.stepwise.site.ChangeRefused;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.TriageId;

/** Cases with named workers: limits and overrides, handovers, work items, continuity. */
@StepwiseIntegrationTest
@RecordApplicationEvents
class CaseloadIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired Teams teams;
  @Autowired StaffAccounts accounts;
  @Autowired StaffDirectory staff;
  @Autowired WorkItemRaiser raiser;
  @Autowired ApplicationEvents events;
  @Autowired org.stepwise.triage.Triage triageService;
  @Autowired org.stepwise.correspondence.Letters letters;

  private long notesOn(CaseId id) {
    return jdbc.sql("select count(*) from case_note where care_case_id = :c")
        .param("c", id.id())
        .query(Long.class)
        .single();
  }

  private java.util.List<org.stepwise.correspondence.LetterView> discharged(UUID referral) {
    return TestData.as(
            "practitioner",
            () -> letters.forReferral(new org.stepwise.referral.ReferralId(referral)),
            "PRACTITIONER")
        .stream()
        .filter(l -> l.templateKey().equals("discharged"))
        .toList();
  }

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
    return TestData.newWorker(accounts, staff, name, 1, skills, "Test team");
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
                .param("dateOfBirth.day", "1")
                .param("dateOfBirth.month", "2")
                .param("dateOfBirth.year", "1980")
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
    var triage = TestData.awaitTriage(triageService, referral).id();
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
    var options =
        TestData.as("practitioner", () -> teams.options(new TriageId(triage)), "PRACTITIONER");
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
        .anySatisfy(e -> assertThat(e.caseId()).isEqualTo(new CaseId(caseId)));
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
  void aManagerWithNoCasesOfTheirOwnOpensTheCaseloadAtAWorkers() throws Exception {
    var first = TestData.as("manager", () -> staff.workers().getFirst(), "MANAGER");
    var page =
        mvc.perform(get("/caseload").with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("<span class=\"govuk-caption-l\">" + first.displayName() + "</span>")
        .doesNotContain("<span class=\"govuk-caption-l\">manager</span>");
  }

  @Test
  void aFullWorkerNeedsAManagersReasonToTakeAnotherCase() throws Exception {
    var first = waiting();
    TestData.as(
        "practitioner", () -> cases.open(new TriageId(first), workerB, null), "PRACTITIONER");
    var second = waiting();
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> cases.open(new TriageId(second), workerB, null),
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            OverCapacity.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("case.worker.full");
              assertThat(e.field()).isEqualTo("worker");
              assertThat(e.arguments()).containsExactly("Ben Busy", 1L, 1);
            });
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> cases.open(new TriageId(second), workerB, "Urgent"),
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            ChangeRefused.class, e -> assertThat(e.field()).isEqualTo("overLimitReason"));
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
    assertThat(page)
        .contains("There is a problem")
        .contains("Ben Busy has 1 active cases and a limit of 1")
        .contains("a manager can assign over the limit");

    var id =
        TestData.as(
            "manager",
            () ->
                cases.open(
                    new TriageId(second), workerB, "Only worker trained for this; cover agreed"),
            "MANAGER");
    assertThat(
            jdbc.sql("select over_limit_reason from case_assignment where care_case_id = :c")
                .param("c", id.id())
                .query(String.class)
                .single())
        .isEqualTo("Only worker trained for this; cover agreed");
  }

  @Test
  void reassignmentHandsOverWithANoteTheNewWorkerAcknowledgesAndContinuityIsReported()
      throws Exception {
    var triage = waiting();
    var id =
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    TestData.as(
        "manager",
        () -> {
          staff.changeWorker(workerB, BigDecimal.ONE, 5, Set.of());
          return null;
        },
        "MANAGER");
    var refused =
        mvc.perform(
                post("/cases/" + id + "/reassign")
                    .with(csrf())
                    .with(user(workerA).roles("PRACTITIONER"))
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
                .with(user(workerA).roles("PRACTITIONER"))
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
                        .param("c", id.id())
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

    var notTheirs =
        mvc.perform(
                post("/cases/" + id + "/acknowledge")
                    .with(csrf())
                    .with(user(workerA).roles("PRACTITIONER")))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(notTheirs).contains("Only the new worker can acknowledge the handover");
    assertThat(
            jdbc.sql("select handover_pending from care_case where id = :c")
                .param("c", id.id())
                .query(Boolean.class)
                .single())
        .isTrue();
    for (int click = 0; click < 2; click++) {
      mvc.perform(
              post("/cases/" + id + "/acknowledge")
                  .with(csrf())
                  .with(user(workerB).roles("PRACTITIONER")))
          .andExpect(status().isFound());
    }
    assertThat(
            jdbc.sql("select handover_pending from care_case where id = :c")
                .param("c", id.id())
                .query(Boolean.class)
                .single())
        .isFalse();
    assertThat(
            jdbc.sql("select status from work_item where care_case_id = :c and kind = 'HANDOVER'")
                .param("c", id.id())
                .query(String.class)
                .single())
        .isEqualTo("DONE");

    var team = TestData.as("manager", () -> teams.team(), "MANAGER");
    assertThat(team.cases()).isGreaterThan(team.keptOneWorker());
    assertThat(team.continuityPercent()).isLessThan(100);
  }

  @Test
  void aManagerAssignsTheSuggestedWorkerInOneClick() throws Exception {
    var triage = waiting();
    var suggestions = TestData.as("manager", () -> teams.suggestions(500), "MANAGER");
    var mine =
        suggestions.stream()
            .filter(s -> s.triageId().id().equals(triage))
            .findFirst()
            .orElseThrow();
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
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var refused =
        mvc.perform(
                post("/cases/" + id + "/close")
                    .with(csrf())
                    .with(user(workerA).roles("PRACTITIONER"))
                    .param("summary", "Back four days a week"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("There is a problem")
        .contains("href=\"#outcome\"")
        .contains("Choose the outcome")
        .contains("Back four days a week");
    mvc.perform(
            post("/cases/" + id + "/close")
                .with(csrf())
                .with(user(workerA).roles("PRACTITIONER"))
                .param("outcome", "RETURNED_TO_WORK")
                .param("summary", "Back four days a week"))
        .andExpect(status().isFound());
    var again =
        mvc.perform(
                post("/cases/" + id + "/close")
                    .with(csrf())
                    .with(user(workerA).roles("PRACTITIONER"))
                    .param("outcome", "NEW_JOB"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).as("a second close").contains("This case is already closed");
    var row =
        jdbc.sql("select status, outcome, outcome_note from care_case where id = :c")
            .param("c", id.id())
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("status", "CLOSED")
        .containsEntry("outcome", "RETURNED_TO_WORK")
        .containsEntry("outcome_note", "Back four days a week");
    assertThat(events.stream(CaseClosed.class))
        .anySatisfy(e -> assertThat(e.caseId()).isEqualTo(id));
    assertThat(
            jdbc.sql(
                    "select count(*) from event_publication where serialized_event like '%Back four days%'")
                .query(Long.class)
                .single())
        .as("the summary stays on the case, out of the event table")
        .isZero();
    var referral =
        jdbc.sql("select referral_id from care_case where id = :c")
            .param("c", id.id())
            .query(UUID.class)
            .single();
    // The referrer is told by correspondence when it hears: read through its API, not its table.
    await().atMost(Duration.ofSeconds(15)).until(() -> discharged(referral).size() == 1);
    assertThat(String.join("\n", discharged(referral).getFirst().paragraphs()))
        .contains("went back to work after time off")
        .as("read from the case by the listener")
        .contains("Back four days a week");
    assertThat(
            jdbc.sql("select count(*) from work_item where care_case_id = :c and status <> 'DONE'")
                .param("c", id.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aPlannedReviewDateRaisesAWorkItemOnThatDay() throws Exception {
    var triage = waiting();
    var id =
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var next = java.time.LocalDate.now().plusDays(10);
    mvc.perform(
            post("/cases/" + id + "/review")
                .with(csrf())
                .with(PRACTITIONER)
                .param("review.day", "" + next.getDayOfMonth())
                .param("review.month", "" + next.getMonthValue())
                .param("review.year", "" + next.getYear()))
        .andExpect(status().isFound());
    raiser.raiseReviewDates();
    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'REVIEW_DATE'")
                .param("c", id.id())
                .query(Long.class)
                .single())
        .as("not before the day")
        .isZero();
    jdbc.sql("update care_case set next_review_on = current_date where id = :c")
        .param("c", id.id())
        .update();
    raiser.raiseReviewDates();
    raiser.raiseReviewDates();
    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'REVIEW_DATE'")
                .param("c", id.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    var team = TestData.as("manager", () -> teams.team(), "MANAGER");
    assertThat(team.teams()).anySatisfy(t -> assertThat(t.team()).contains("Test team"));
  }

  @Test
  void notesAndEverythingElseAppearOnTheCaseTimeline() throws Exception {
    var triage = waiting();
    var id =
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var refused =
        mvc.perform(
                post("/cases/" + id + "/notes")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("minutes", "25")
                    .param("topics", "CV")
                    .param("text", "A long note the worker typed"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("There is a problem")
        .contains("href=\"#contactType\"")
        .contains("Choose the type of contact")
        .contains("A long note the worker typed")
        .contains("value=\"25\"");
    assertThat(notesOn(id)).as("no contact type, nothing saved").isZero();
    // Sent twice (a double click, the page sent again): one note.
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/cases/" + id + "/notes")
                  .with(csrf())
                  .with(PRACTITIONER)
                  .param("contactType", "PHONE")
                  .param("minutes", "25")
                  .param("topics", "CV", "BENEFITS")
                  .param("text", "Talked through the CV <b>draft</b>."))
          .andExpect(status().isFound())
          .andExpect(redirectedUrl("/cases/" + id));
    }
    assertThat(notesOn(id)).as("the same note sent twice is written once").isEqualTo(1);
    // A different note is written, however soon.
    mvc.perform(
            post("/cases/" + id + "/notes")
                .with(csrf())
                .with(PRACTITIONER)
                .param("contactType", "PHONE")
                .param("minutes", "5")
                .param("text", "Rang back to confirm the time."))
        .andExpect(status().isFound());
    assertThat(notesOn(id)).isEqualTo(2);
    mvc.perform(
            post("/cases/" + id + "/step")
                .with(csrf())
                .with(PRACTITIONER)
                .param("step", "3")
                .param("reason", "Needs more help"))
        .andExpect(status().isFound());
    assertThat(
            jdbc.sql(
                    "select count(*) from event_publication where serialized_event like '%Needs more help%'")
                .query(Long.class)
                .single())
        .as("the reason stays on the case, out of the event table")
        .isZero();
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
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    jdbc.sql("update care_case set opened_at = now() - interval '400 days' where id = :c")
        .param("c", id.id())
        .update();
    raiser.raiseTwelveMonthReviews();
    raiser.raiseTwelveMonthReviews();
    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'TWELVE_MONTH_REVIEW'")
                .param("c", id.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aWorkItemMarkedDoneTwiceIsSimplyDoneAndCannotThenBeParked() throws Exception {
    var triage = waiting();
    var id =
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var item = newCaseItem(id);
    for (int click = 0; click < 2; click++) {
      mvc.perform(post("/work-items/" + item + "/done").with(csrf()).with(PRACTITIONER))
          .andExpect(status().isFound())
          .andExpect(redirectedUrl("/cases/" + id));
    }
    assertThat(
            jdbc.sql("select status from work_item where id = :i")
                .param("i", item)
                .query(String.class)
                .single())
        .isEqualTo("DONE");
    var tomorrow = java.time.LocalDate.now().plusDays(1);
    var parked =
        mvc.perform(
                post("/work-items/" + item + "/park")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("until.day", "" + tomorrow.getDayOfMonth())
                    .param("until.month", "" + tomorrow.getMonthValue())
                    .param("until.year", "" + tomorrow.getYear())
                    .param("reason", "On holiday"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(parked).contains("This item is already done");
  }

  @Test
  void aWorkItemIsParkedOnItsOwnPageWithTheDateCheckedAndWhatWasTypedKept() throws Exception {
    var triage = waiting();
    var id =
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var item = newCaseItem(id);
    mvc.perform(get("/work-items/" + item + "/park").with(PRACTITIONER)).andExpect(status().isOk());
    var refused =
        mvc.perform(
                post("/work-items/" + item + "/park")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("until.day", "1")
                    .param("until.month", "1")
                    .param("until.year", "2020")
                    .param("reason", "Waiting for their GP"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("href=\"#until-day\"")
        .contains("Park it until a date in the future")
        .contains("Waiting for their GP");
    var later = java.time.LocalDate.now().plusDays(7);
    mvc.perform(
            post("/work-items/" + item + "/park")
                .with(csrf())
                .with(PRACTITIONER)
                .param("until.day", "" + later.getDayOfMonth())
                .param("until.month", "" + later.getMonthValue())
                .param("until.year", "" + later.getYear())
                .param("reason", "Waiting for their GP"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/cases/" + id));
    assertThat(
            jdbc.sql("select status from work_item where id = :i")
                .param("i", item)
                .query(String.class)
                .single())
        .isEqualTo("PARKED");
  }

  @Test
  void unknownAndMalformedIdsArePagesNotFound() throws Exception {
    var nobody = UUID.randomUUID();
    for (var path :
        java.util.List.of(
            "/cases/" + nobody,
            "/cases/not-a-case",
            "/cases/" + nobody + "/notes/new",
            "/cases/" + nobody + "/step",
            "/cases/" + nobody + "/review",
            "/cases/" + nobody + "/close",
            "/cases/" + nobody + "/reassign",
            "/cases/" + nobody + "/onward-referrals",
            "/work-items/" + nobody + "/park",
            "/work-items/nonsense/park")) {
      mvc.perform(get(path).with(PRACTITIONER)).andExpect(status().isNotFound());
    }
    for (var path :
        java.util.List.of(
            "/cases/" + nobody + "/notes",
            "/cases/" + nobody + "/step",
            "/cases/" + nobody + "/close",
            "/cases/" + nobody + "/acknowledge",
            "/cases/" + nobody + "/onward-referrals",
            "/cases/" + nobody + "/onward-referrals/" + nobody,
            "/work-items/" + nobody + "/done",
            "/work-items/" + nobody + "/park")) {
      mvc.perform(
              post(path)
                  .with(csrf())
                  .with(PRACTITIONER)
                  .param("contactType", "PHONE")
                  .param("text", "x")
                  .param("service", "Physio")
                  .param("result", "SEEN")
                  .param("outcome", "NEW_JOB")
                  .param("step", "3")
                  .param("reason", "x"))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/team/nobody-" + nobody).with(user("manager").roles("MANAGER")))
        .andExpect(status().isNotFound());
  }

  @Test
  void nonsenseChoicesAndImpossibleDatesAreShownBesideTheFieldNeverA500() throws Exception {
    var triage = waiting();
    var id =
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var note =
        mvc.perform(
                post("/cases/" + id + "/notes")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("contactType", "CARRIER_PIGEON")
                    .param("topics", "CV", "ASTROLOGY")
                    .param("minutes", "99999999999")
                    .param("on.day", "1")
                    .param("on.month", "1")
                    .param("on.year", "9999999")
                    .param("text", "Kept"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(note)
        .contains("Choose the type of contact")
        .contains("Choose topics from the list")
        .contains("Enter the length in whole minutes")
        .contains("Enter the date of the contact as a real date")
        .contains("9999999")
        .contains("Kept");
    var future = java.time.LocalDate.now().plusDays(3);
    assertThat(
            mvc.perform(
                    post("/cases/" + id + "/notes")
                        .with(csrf())
                        .with(PRACTITIONER)
                        .param("contactType", "PHONE")
                        .param("on.day", "" + future.getDayOfMonth())
                        .param("on.month", "" + future.getMonthValue())
                        .param("on.year", "" + future.getYear())
                        .param("minutes", "601")
                        .param("text", "Kept"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("The date of the contact must be today or in the past")
        .contains("Enter a length from 1 to 600 minutes");
    assertThat(
            mvc.perform(
                    post("/cases/" + id + "/close")
                        .with(csrf())
                        .with(PRACTITIONER)
                        .param("outcome", "WON_THE_LOTTERY"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Choose the outcome");
    assertThat(
            mvc.perform(
                    post("/cases/" + id + "/step")
                        .with(csrf())
                        .with(PRACTITIONER)
                        .param("step", "eleventy")
                        .param("reason", "Because"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Choose one of the service&#39;s steps");
    assertThat(
            mvc.perform(
                    post("/cases/" + id + "/step")
                        .with(csrf())
                        .with(PRACTITIONER)
                        .param("step", "99")
                        .param("reason", "Because"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Choose one of the service&#39;s steps");
    assertThat(
            mvc.perform(
                    post("/cases/" + id + "/review")
                        .with(csrf())
                        .with(PRACTITIONER)
                        .param("review.day", "31")
                        .param("review.month", "2")
                        .param("review.year", "9999999"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Enter the date of the review as a real date");
    assertThat(
            mvc.perform(post("/cases/" + id + "/review").with(csrf()).with(PRACTITIONER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Enter the date of the review");
    var item = newCaseItem(id);
    assertThat(
            mvc.perform(
                    post("/work-items/" + item + "/park")
                        .with(csrf())
                        .with(PRACTITIONER)
                        .param("until.day", "1")
                        .param("until.month", "13")
                        .param("until.year", "9999999"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Enter the date to park it until as a real date")
        .contains("Give a reason for parking it");
    mvc.perform(get("/caseload?step=x&service=y&condition=z").with(PRACTITIONER))
        .andExpect(status().isOk());
    assertThat(notesOn(id)).isZero();
  }

  @Test
  void aManagerChangesAWorkersProfileOnTheStaffPageWithEverythingTypedKeptOnAnError()
      throws Exception {
    var manager = user("manager").roles("MANAGER");
    mvc.perform(get("/team/" + workerA).with(manager))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.view()
                .name("staff/worker"));
    var refused =
        mvc.perform(
                post("/team/" + workerA)
                    .with(csrf())
                    .with(manager)
                    .param("fte", "1.5")
                    .param("limit", "999")
                    .param("skills", "CHRONIC_PAIN", "WEREWOLF"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Working hours must be more than 0 and at most 1")
        .contains("The caseload limit must be from 0 to 200")
        .contains("Choose conditions from the list")
        .contains("value=\"1.5\"")
        .contains("Test team");
    assertThat(
            mvc.perform(post("/team/" + workerA).with(csrf()).with(manager).param("fte", "a lot"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Enter working hours as a share of full time");
    mvc.perform(
            post("/team/" + workerA)
                .with(csrf())
                .with(manager)
                .param("fte", "0.6")
                .param("limit", "")
                .param("skills", "CHRONIC_PAIN"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/team"));
    assertThat(staff.worker(workerA).orElseThrow().caseloadLimit()).isEqualTo(12);
    mvc.perform(get("/team/" + workerA).with(PRACTITIONER)).andExpect(status().isForbidden());
  }

  @Test
  void aSuggestionThatCanNoLongerBeAssignedSaysWhyInTheErrorSummary() throws Exception {
    var triage = waiting();
    TestData.as(
        "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var page =
        mvc.perform(
                post("/team/assign")
                    .with(csrf())
                    .with(user("manager").roles("MANAGER"))
                    .param("triage", triage.toString())
                    .param("worker", workerB))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("There is a problem")
        .contains("A case is already open for this person")
        .doesNotContain("govuk-notification-banner--success");
  }

  @Test
  void onwardReferralsKeepWhoChangedThemAndRefuseNonsense() throws Exception {
    var triage = waiting();
    var id =
        TestData.as(
            "practitioner", () -> cases.open(new TriageId(triage), workerA, null), "PRACTITIONER");
    var refused =
        mvc.perform(
                post("/cases/" + id + "/onward-referrals")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("reason", "Knee pain")
                    .param("made.day", "1")
                    .param("made.month", "1")
                    .param("made.year", "9999999"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Enter the service the person was referred to")
        .contains("Enter the date as a real date")
        .contains("Knee pain");
    mvc.perform(
            post("/cases/" + id + "/onward-referrals")
                .with(csrf())
                .with(PRACTITIONER)
                .param("service", "Community physiotherapy")
                .param("reason", "Knee pain"))
        .andExpect(status().isFound());
    var onward =
        jdbc.sql("select id from onward_referral where care_case_id = :c")
            .param("c", id.id())
            .query(UUID.class)
            .single();
    assertThat(
            mvc.perform(
                    post("/cases/" + id + "/onward-referrals/" + onward)
                        .with(csrf())
                        .with(PRACTITIONER)
                        .param("result", "TELEPORTED"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Choose what came of the referral");
    mvc.perform(
            post("/cases/" + id + "/onward-referrals/" + onward)
                .with(csrf())
                .with(user(workerA).roles("PRACTITIONER"))
                .param("result", "SEEN")
                .param("version", "0"))
        .andExpect(status().isFound());
    var row =
        jdbc.sql("select result, updated_by, version from onward_referral where id = :o")
            .param("o", onward)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("result", "SEEN")
        .containsEntry("updated_by", workerA)
        .containsEntry("version", 1L);
  }

  @Test
  void theTeamPageSaysThereAreNoCasesRatherThanAPerfectScore() {
    assertThat(new TeamView(java.util.List.of(), 0, 0).hasCases()).isFalse();
    assertThat(new TeamView(java.util.List.of(), 1, 2).continuityPercent()).isEqualTo(50);
  }

  private UUID newCaseItem(CaseId id) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from work_item where care_case_id = :c and kind = 'NEW_CASE'")
                        .param("c", id.id())
                        .query(Long.class)
                        .single()
                    == 1);
    return jdbc.sql("select id from work_item where care_case_id = :c and kind = 'NEW_CASE'")
        .param("c", id.id())
        .query(UUID.class)
        .single();
  }
}
