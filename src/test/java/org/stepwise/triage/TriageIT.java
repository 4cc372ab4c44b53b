package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;

/** Accepted referrals are triaged: screened, given a suggested step, decided, then wait. */
@StepwiseIntegrationTest
@RecordApplicationEvents
class TriageIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired ApplicationEvents events;
  @Autowired Triage triageService;
  @Autowired org.stepwise.correspondence.Letters letters;

  private ProgrammeId service;

  @BeforeEach
  void service() {
    service = TestData.jobRetentionService(programmes, "Triage test " + UUID.randomUUID());
  }

  private UUID acceptedReferral(String family) throws Exception {
    mvc.perform(
            post("/referrals/new/" + service)
                .with(csrf())
                .with(PRACTITIONER)
                .param("givenName", "Tia")
                .param("familyName", family)
                .param("dateOfBirth.day", "1")
                .param("dateOfBirth.month", "2")
                .param("dateOfBirth.year", "1980")
                .param("email", "tia@example.com")
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
    return TestData.awaitTriage(triageService, referral).id();
  }

  private static MockHttpServletRequestBuilder screen(UUID triage) {
    return post("/triage/" + triage)
        .with(csrf())
        .with(PRACTITIONER)
        .param("employmentStatus", "EMPLOYED_OFF_SICK")
        .param("hoursPerWeek", "37")
        .param("weeksOffWork", "6")
        .param("jobAtRisk", "YES")
        .param("confidence", "6")
        .param("painInterference", "5")
        .param("fatigueInterference", "4")
        .param("cognitionInterference", "1")
        .param("moodInterference", "3")
        .param("help", "RETURN_TO_WORK");
  }

  @Test
  void anAcceptedReferralIsScreenedGivenAStepAndThenWaits() throws Exception {
    String family = "T" + UUID.randomUUID().toString().substring(0, 8);
    var triage = acceptedReferral(family);
    assertThat(
            mvc.perform(get("/triage").with(PRACTITIONER))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Tia " + family);

    mvc.perform(screen(triage)).andExpect(redirectedUrl("/triage/" + triage + "/step"));
    var page =
        mvc.perform(get("/triage/" + triage + "/step").with(PRACTITIONER))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Suggested: step 2")
        .contains("They think they may lose their job")
        .contains("Off work for 4 weeks or more.");

    var refused =
        mvc.perform(
                post("/triage/" + triage + "/step")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("step", "3"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Give a reason for choosing a different step");

    mvc.perform(
            post("/triage/" + triage + "/step")
                .with(csrf())
                .with(PRACTITIONER)
                .param("step", "3")
                .param("reason", "Complex case: the MDT asked for intensive support."))
        .andExpect(redirectedUrl("/waiting-for-support"));
    var twice =
        mvc.perform(
                post("/triage/" + triage + "/step")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("step", "2")
                    .param("reason", "Second practitioner, stale page"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(twice)
        .contains("The step has already been decided (step 3)")
        .contains("Step 3 was decided.");
    mvc.perform(
            post("/triage/" + triage + "/step")
                .with(csrf())
                .with(PRACTITIONER)
                .param("step", "nonsense"))
        .andExpect(status().isOk());
    mvc.perform(get("/waiting-for-support").param("page", "50000000").with(PRACTITIONER))
        .andExpect(status().isOk());
    var row =
        jdbc.sql(
                "select status, suggested_step, step, decision_reason, decided_by from triage where id = :id")
            .param("id", triage)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("status", "WAITING")
        .containsEntry("suggested_step", 2)
        .containsEntry("step", 3)
        .containsEntry("decided_by", "practitioner");
    assertThat(events.stream(StepDecided.class))
        .anySatisfy(
            e -> {
              assertThat(e.triageId()).isEqualTo(TriageId.of(triage));
              assertThat(e.overridden()).isTrue();
            });

    var waiting =
        mvc.perform(
                get("/waiting-for-support").param("service", service.toString()).with(PRACTITIONER))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(waiting)
        .contains("Tia " + family)
        .contains("Step 3: Intensive support")
        .contains("Waiting times by service and step");
  }

  @Test
  void someoneWaitingCanBeSentInformationWhileTheyWait() throws Exception {
    var triage = acceptedReferral("T" + UUID.randomUUID().toString().substring(0, 8));
    mvc.perform(screen(triage));
    mvc.perform(
        post("/triage/" + triage + "/step").with(csrf()).with(PRACTITIONER).param("step", "2"));
    mvc.perform(post("/triage/" + triage + "/send-information").with(csrf()).with(PRACTITIONER))
        .andExpect(redirectedUrl("/waiting-for-support"));
    var referral =
        jdbc.sql("select referral_id from triage where id = :id")
            .param("id", triage)
            .query(UUID.class)
            .single();
    // Sent by correspondence when it hears of it: read through its API, not its table.
    await().atMost(Duration.ofSeconds(15)).until(() -> whileYouWait(referral).size() == 1);
    var letter = whileYouWait(referral).getFirst();
    assertThat(letter.subject()).contains("While you wait");
    assertThat(String.join("\n", letter.paragraphs()))
        .contains("We aim to start within 4 weeks of your referral")
        .contains("brief vocational advice");
  }

  private java.util.List<org.stepwise.correspondence.LetterView> whileYouWait(UUID referral) {
    return TestData.as(
            "practitioner",
            () -> letters.forReferral(new org.stepwise.referral.ReferralId(referral)),
            "PRACTITIONER")
        .stream()
        .filter(l -> l.templateKey().equals("while-you-wait"))
        .toList();
  }

  @Test
  void theDatabaseWorksOutTheSameWaitStatisticsAsTheDefinition() {
    int[] waits = {3, 10, 17, 20, 30, 41, 44, 50, 63, 90, 120};
    for (int days : waits) {
      jdbc.sql(
              "insert into triage (id, referral_id, person_id, programme_id, reference, status, waiting_since, step,"
                  + " suggested_step, created_at, created_by, updated_at, updated_by, version)"
                  + " values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), :p, 'SW-STAT', 'WAITING',"
                  + " now() - :days * interval '1 day' - interval '1 hour', 2, 2, now(), 't', now(), 't', 0)")
          .param("p", service.id())
          .param("days", days)
          .update();
    }
    var expected =
        WaitStats.of(
            "x", 2, "x", java.util.Arrays.stream(waits).mapToObj(d -> (long) d).toList(), 4);
    var list =
        TestData.as(
            "practitioner", () -> triageService.waitingList(service, 2, "wait", 1), "PRACTITIONER");
    var actual =
        list.stats().stream()
            .filter(st -> st.service().startsWith("Triage test") && st.waiting() == waits.length)
            .findFirst()
            .orElseThrow();
    assertThat(actual.medianWeeks()).isEqualTo(expected.medianWeeks());
    assertThat(actual.p90Weeks()).isEqualTo(expected.p90Weeks());
    assertThat(actual.overTarget()).isEqualTo(expected.overTarget());
    assertThat(list.total()).isEqualTo(waits.length);
    assertThat(list.rows()).hasSize(waits.length);
    assertThat(list.rows().getFirst().daysWaiting()).isEqualTo(120);
  }

  @Test
  void aScreenWithProblemsIsExplainedAndKeepsItsAnswers() throws Exception {
    var triage = acceptedReferral("T" + UUID.randomUUID().toString().substring(0, 8));
    var page =
        mvc.perform(
                post("/triage/" + triage)
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("hoursPerWeek", "37")
                    .param("confidence", "eleven")
                    .param("painInterference", "12")
                    .param("startBack1", "agree"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Select their work situation")
        .contains("Confidence about working must be a whole number")
        .contains("How much pain interferes must be from 0 to 10")
        .contains("Enter how much fatigue interferes, from 0 to 10")
        .contains("Select the help they want")
        .contains("Answer STarT Back question 2")
        .contains("href=\"#employmentStatus\"")
        .contains("href=\"#startBack9\"")
        .contains("value=\"37\"")
        .contains("value=\"eleven\"")
        .contains("value=\"12\"");
    assertThat(
            jdbc.sql(
                    "select count(*) from triage where id = :id and suggested_step is null and status = 'TO_TRIAGE'")
                .param("id", triage)
                .query(Long.class)
                .single())
        .as("nothing was saved")
        .isEqualTo(1);
  }

  @Test
  void anEmptyOrNonsenseScreenIsRefusedFieldByFieldAndAScreenAfterTheDecisionIsRefused()
      throws Exception {
    var triage = acceptedReferral("T" + UUID.randomUUID().toString().substring(0, 8));
    var empty =
        mvc.perform(post("/triage/" + triage).with(csrf()).with(PRACTITIONER))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(empty)
        .contains("There is a problem")
        .contains("Select their work situation")
        .contains("Select whether they think they may lose their job")
        .contains("Enter how confident they are about working")
        .contains("Enter how much mood interferes")
        .doesNotContain("STarT Back question");
    var nonsense =
        mvc.perform(
                post("/triage/" + triage)
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("employmentStatus", "ASTRONAUT")
                    .param("hoursPerWeek", "9".repeat(5000))
                    .param("jobAtRisk", "PERHAPS")
                    .param("confidence", "-1")
                    .param("painInterference", "5")
                    .param("fatigueInterference", "4")
                    .param("cognitionInterference", "1")
                    .param("moodInterference", "3")
                    .param("help", "LOTTERY")
                    .param("startBack9", "7")
                    .param("workAbility", "11"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(nonsense)
        .contains("Select their work situation")
        .contains("Hours a week must be a whole number")
        .contains("Select whether they think they may lose their job")
        .contains("Confidence about working must be a whole number")
        .contains("Work Ability Score must be from 0 to 10")
        .contains("Select the help they want")
        .contains("Answer STarT Back question 1")
        .contains("Answer STarT Back question 9");

    mvc.perform(screen(triage)).andExpect(redirectedUrl("/triage/" + triage + "/step"));
    mvc.perform(screen(triage)).andExpect(redirectedUrl("/triage/" + triage + "/step")).andReturn();
    assertThat(
            mvc.perform(get("/triage/" + triage).with(PRACTITIONER))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .as("screening again before the decision starts from the answers given")
        .contains("value=\"37\"");
    mvc.perform(
            post("/triage/" + triage + "/step").with(csrf()).with(PRACTITIONER).param("step", "2"))
        .andExpect(redirectedUrl("/waiting-for-support"));
    var stale =
        mvc.perform(screen(triage))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(stale).contains("The step has already been decided (step 2)");
    mvc.perform(get("/triage/not-a-triage").with(PRACTITIONER)).andExpect(status().isNotFound());
    mvc.perform(screen(UUID.randomUUID())).andExpect(status().isNotFound());
  }

  @Test
  void aServiceSetsItsOwnStepsTargetsAndRules() throws Exception {
    mvc.perform(
            post("/admin/care-steps/" + service)
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("name1", "Leaflets")
                .param("target1", "1")
                .param("name2", "Phone advice")
                .param("target2", "3")
                .param("name3", "Job retention OT")
                .param("target3", "", "x"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/admin/care-steps/" + service)
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("name1", "Leaflets")
                .param("target1", "1")
                .param("name2", "Phone advice")
                .param("target2", "3")
                .param("name3", "Job retention OT")
                .param("target3", "8")
                .param("version", "0"))
        .andExpect(status().isFound());
    mvc.perform(
            post("/admin/care-steps/" + service + "/rules")
                .with(csrf())
                .with(user("admin").roles("ADMIN"))
                .param("kind", "CONFIDENCE_AT_MOST")
                .param("threshold", "6")
                .param("step", "3")
                .param("reason", "This service sees low confidence as needing the OT."))
        .andExpect(status().isFound());

    var triage = acceptedReferral("T" + UUID.randomUUID().toString().substring(0, 8));
    mvc.perform(screen(triage)).andExpect(status().isFound());
    var page =
        mvc.perform(get("/triage/" + triage + "/step").with(PRACTITIONER))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Suggested: step 3")
        .contains("This service sees low confidence as needing the OT.")
        .contains("Step 3: Job retention OT");
  }

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  private MockHttpServletRequestBuilder steps(String version, String name2) {
    return post("/admin/care-steps/" + service)
        .with(csrf())
        .with(ADMIN)
        .param("name1", "Leaflets")
        .param("target1", "1")
        .param("name2", name2)
        .param("target2", "3")
        .param("name3", "Job retention OT")
        .param("target3", "8")
        .param("version", version);
  }

  private String body(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void careStepsAreCheckedStepByStepAndAStaleSaveShowsBothVersions() throws Exception {
    var empty = body(post("/admin/care-steps/" + service).with(csrf()).with(ADMIN));
    assertThat(empty)
        .contains("Enter a name for step 1")
        .contains("Enter the waiting-time target for step 3, in weeks")
        .contains("href=\"#target2\"");
    var nonsense =
        body(
            post("/admin/care-steps/" + service)
                .with(csrf())
                .with(ADMIN)
                .param("name1", "Leaflets")
                .param("target1", "-4")
                .param("name2", "x".repeat(201))
                .param("target2", "3")
                .param("name3", "Job retention OT")
                .param("target3", "99999999999999999999")
                .param("version", "0"));
    assertThat(nonsense)
        .contains("The name of step 2 must be 200 characters or fewer")
        .contains("The waiting-time target for step 1 must be a whole number of weeks")
        .contains("The waiting-time target for step 3 must be a whole number of weeks")
        .contains("value=\"-4\"");

    mvc.perform(steps("0", "Phone advice"))
        .andExpect(redirectedUrl("/admin/care-steps/" + service));
    var twice = body(steps("0", "Phone advice, sent twice"));
    assertThat(twice)
        .as("the same page sent again is told the steps changed, and keeps what was typed")
        .contains("Someone else changed this while you were editing it")
        .contains("admin saved a change")
        .contains("Phone advice, target 3 weeks")
        .contains("value=\"Phone advice, sent twice\"")
        .contains("name=\"version\" value=\"1\"");
    mvc.perform(steps("1", "Phone advice, sent knowingly"))
        .andExpect(redirectedUrl("/admin/care-steps/" + service));
    assertThat(programmeSteps())
        .containsExactly("Leaflets", "Phone advice, sent knowingly", "Job retention OT");
    assertThat(body(steps("nonsense", "Another"))).contains("Someone else changed this");
    assertThat(programmeSteps()).contains("Phone advice, sent knowingly");
    assertThat(
            jdbc.sql(
                    "select distinct version || ' ' || updated_by from care_step where programme_id = :p")
                .param("p", service.id())
                .query(String.class)
                .list())
        .containsExactly("2 admin");
  }

  private java.util.List<String> programmeSteps() {
    return jdbc.sql("select name from care_step where programme_id = :p order by number")
        .param("p", service.id())
        .query(String.class)
        .list();
  }

  @Test
  void aRuleIsCheckedOnItsOwnPageAndAStaleRemovalRemovesNothing() throws Exception {
    assertThat(body(get("/admin/care-steps/" + service + "/rules/new").with(ADMIN)))
        .contains("What does the rule look at?");
    var empty = body(post("/admin/care-steps/" + service + "/rules").with(csrf()).with(ADMIN));
    assertThat(empty)
        .contains("Select what the rule looks at")
        .contains("Select the step the rule suggests")
        .contains("Enter the reason practitioners will see")
        .contains("href=\"#kind\"");
    var nonsense =
        body(
            post("/admin/care-steps/" + service + "/rules")
                .with(csrf())
                .with(ADMIN)
                .param("kind", "WEEKS_OFF_WORK_AT_LEAST")
                .param("threshold", "lots")
                .param("step", "9")
                .param("reason", "r".repeat(301)));
    assertThat(nonsense)
        .contains("Enter the number this rule compares with as a whole number")
        .contains("Select the step the rule suggests")
        .contains("Reason must be 300 characters or fewer")
        .contains("value=\"lots\"");
    var before = StepRule.defaults().size();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/admin/care-steps/" + service + "/rules")
                  .with(csrf())
                  .with(ADMIN)
                  .param("kind", "JOB_AT_RISK")
                  .param("step", "3")
                  .param("reason", "Sent twice: added twice, as a rule can be"))
          .andExpect(redirectedUrl("/admin/care-steps/" + service));
    }
    assertThat(ruleCount()).isEqualTo(before + 2);
    mvc.perform(
            post("/admin/care-steps/" + service + "/rules/0/remove")
                .with(csrf())
                .with(ADMIN)
                .param("version", "2"))
        .andExpect(redirectedUrl("/admin/care-steps/" + service));
    mvc.perform(
            post("/admin/care-steps/" + service + "/rules/0/remove")
                .with(csrf())
                .with(ADMIN)
                .param("version", "2"))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/admin/care-steps/" + service + "/rules/99/remove")
                .with(csrf())
                .with(ADMIN)
                .param("version", "3"))
        .andExpect(status().isConflict());
    assertThat(ruleCount()).isEqualTo(before + 1);
    mvc.perform(get("/admin/care-steps/" + UUID.randomUUID()).with(ADMIN))
        .andExpect(status().isNotFound());
  }

  private long ruleCount() {
    return jdbc.sql("select count(*) from step_rule where programme_id = :p")
        .param("p", service.id())
        .query(Long.class)
        .single();
  }

  @Test
  void onlyPractitionersAndManagersTriage() throws Exception {
    mvc.perform(get("/triage").with(user("dr").roles("REFERRER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/waiting-for-support").with(user("c").roles("COMMISSIONER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/care-steps").with(PRACTITIONER)).andExpect(status().isForbidden());
  }
}
