package org.stepwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;

/**
 * Questionnaires completed in a session and returned by link, scored and kept with their scores.
 */
@StepwiseIntegrationTest
@EnableScenarios
class QuestionnairesIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired Questionnaires questionnaires;
  @Autowired QuestionnaireLinks links;
  @Autowired QuestionnaireWording wording;

  static Map<String, Integer> phq9(int... values) {
    var map = new HashMap<String, Integer>();
    for (int i = 0; i < values.length; i++) {
      map.put("q" + (i + 1), values[i]);
    }
    return map;
  }

  @Test
  void aCompletedQuestionnaireIsKeptWithItsScoresAndBadAnswersSaveNothing() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Gwenllian");
    var id = open.caseId();
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> questionnaires.complete(id, "PHQ-9", phq9(1, 2), LocalDate.now()),
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            Scoring.InvalidAnswers.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("q3", new Scoring.Problem(Scoring.ANSWER_REQUIRED, List.of(3))));
    assertThat(
            jdbc.sql("select count(*) from questionnaire_response where care_case_id = :c")
                .param("c", id.id())
                .query(Long.class)
                .single())
        .isZero();

    TestData.as(
        "practitioner",
        () ->
            questionnaires.complete(
                id, "PHQ-9", phq9(2, 2, 2, 2, 2, 2, 2, 1, 0), LocalDate.now().minusWeeks(6)),
        "PRACTITIONER");
    TestData.as(
        "practitioner",
        () ->
            questionnaires.complete(id, "PHQ-9", phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), LocalDate.now()),
        "PRACTITIONER");
    var list = TestData.as("practitioner", () -> questionnaires.forCase(id), "PRACTITIONER");
    assertThat(list)
        .extracting(QuestionnaireResponse::summary)
        .containsExactly("Total 8 (Mild)", "Total 15 (Moderately severe)");
    assertThat(list.getFirst().byPerson()).isFalse();
    assertThat(list.getFirst().by()).isEqualTo("practitioner");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where record_type = 'questionnaire-response' and record_id = :p")
                .param(
                    "p",
                    TestData.as(
                        "practitioner",
                        () -> cases.find(id).orElseThrow().personId().id(),
                        "PRACTITIONER"))
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);

    assertThatThrownBy(() -> TestData.as("referrer", () -> questionnaires.forCase(id), "REFERRER"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aLinkOpensOnceWithoutSignInAndItsReturnGoesOnTheCaseload() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Heledd");
    var id = open.caseId();
    var link = TestData.as("practitioner", () -> links.send(id, "PHQ-9"), "PRACTITIONER");
    assertThat(
            jdbc.sql("select token_hash from questionnaire_request where id = :id")
                .param("id", link.id().id())
                .query(String.class)
                .single())
        .isNotEqualTo(link.token())
        .hasSize(64);

    mvc.perform(get(link.path()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("Feeling down, depressed, or hopeless")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Heledd"))));
    mvc.perform(get("/questionnaire/not-a-real-link-at-all-xxxxxxxx")).andExpect(status().isGone());

    // Missing answers: the form again, with the error and the answers kept.
    mvc.perform(
            post(link.path())
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("answers[q1]", "2"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Answer question 2")));

    var request =
        post(link.path())
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.csrf());
    var answers = phq9(1, 1, 1, 1, 1, 1, 1, 1, 2);
    answers.forEach((k, v) -> request.param("answers[" + k + "]", "" + v));
    mvc.perform(request)
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Answers sent")));

    var returned = TestData.as("practitioner", () -> questionnaires.forCase(id), "PRACTITIONER");
    assertThat(returned)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.byPerson()).isTrue();
              assertThat(r.summary()).isEqualTo("Total 10 (Moderate)");
              assertThat(r.alerts()).hasSize(1);
            });
    var items =
        TestData.as("practitioner", () -> cases.find(id).orElseThrow().items(), "PRACTITIONER");
    assertThat(items)
        .filteredOn(i -> i.kind() == WorkItemKind.QUESTIONNAIRE_RETURNED)
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.description())
                    .contains("Total 10 (Moderate)")
                    .contains("ALERT")
                    .contains("risk procedure"));
    assertThat(TestData.as("practitioner", () -> links.links(id), "PRACTITIONER"))
        .singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(QuestionnaireLink.Status.RETURNED));

    // Used once: it no longer opens, and a second return is refused.
    mvc.perform(get(link.path())).andExpect(status().isGone());
    assertThatThrownBy(() -> links.returnByLink(link.token(), answers))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.link.notOpen");
  }

  @Test
  void aCancelledLinkNoLongerOpens() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Iestyn");
    var caseId = open.caseId();
    var link = TestData.as("practitioner", () -> links.send(caseId, "GAD-7"), "PRACTITIONER");
    assertThat(links.forLink(link.token())).isPresent();
    TestData.as(
        "practitioner",
        () -> {
          links.cancel(caseId, link.id());
          return null;
        },
        "PRACTITIONER");
    assertThat(links.forLink(link.token())).isEmpty();
    assertThat(
            jdbc.sql(
                    "select version || ' ' || updated_by || ' ' || (updated_at >= cancelled_at)"
                        + " || ' ' || (updated_at > created_at)"
                        + " from questionnaire_request where id = :id")
                .param("id", link.id().id())
                .query(String.class)
                .single())
        .isEqualTo("1 practitioner true true");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> {
                      links.cancel(caseId, link.id());
                      return null;
                    },
                    "PRACTITIONER"))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.link.notOpen");
    // A link of another case is not found from this one.
    var other = TestData.openCase(mvc, jdbc, programmes, cases, "Iolo");
    var elsewhere =
        TestData.as("practitioner", () -> links.send(other.caseId(), "GAD-7"), "PRACTITIONER");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> {
                      links.cancel(caseId, elsewhere.id());
                      return null;
                    },
                    "PRACTITIONER"))
        .isInstanceOf(RecordNotFound.class);
  }

  private void loadWording(String code, Map<String, Questionnaire.ItemText> texts) {
    TestData.as(
        "admin",
        () -> {
          wording.load(code, texts);
          return null;
        },
        "ADMIN");
  }

  @Test
  void licensedWordingIsLoadedByAnAdministratorBeforeALinkCanBeSent() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Jac");
    var caseId = open.caseId();
    assertThatThrownBy(
            () -> TestData.as("practitioner", () -> links.send(caseId, "WAS"), "PRACTITIONER"))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.send.noWording");
    // Scoring only still works, from the paper form.
    TestData.as(
        "practitioner",
        () -> questionnaires.complete(caseId, "WAS", Map.of("q1", 6), LocalDate.now()),
        "PRACTITIONER");

    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> {
                      wording.load(
                          "WAS", Map.of("q1", new Questionnaire.ItemText("Wording", List.of())));
                      return null;
                    },
                    "PRACTITIONER"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                loadWording(
                    "PHQ-9", Map.of("q1", new Questionnaire.ItemText("Changed", List.of()))))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.wording.free");
    // The rules hold on the server, whatever page or client sends the wording.
    assertThatThrownBy(
            () ->
                loadWording(
                    "MS-WIS",
                    Map.of(
                        "q1",
                        new Questionnaire.ItemText("Wording", List.of("Yes", "No", "Maybe")))))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("questionnaire.wording.options.tooMany");
              assertThat(e.field()).isEqualTo("options[q1]");
              assertThat(e.arguments()).containsExactly(1, 2);
            });
    assertThatThrownBy(
            () ->
                loadWording(
                    "WAS", Map.of("q1", new Questionnaire.ItemText("x".repeat(2001), List.of()))))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.wording.text.size");
    assertThatThrownBy(
            () ->
                loadWording("WAS", Map.of("q9", new Questionnaire.ItemText("Wording", List.of()))))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.wording.unknownItem");

    loadWording(
        "WAS", Map.of("q1", new Questionnaire.ItemText("Licensed wording of the item", List.of())));
    try {
      assertThat(TestData.as("admin", () -> wording.loaded("WAS"), "ADMIN"))
          .hasValueSatisfying(l -> assertThat(l.by()).isEqualTo("admin"));
      var link = TestData.as("practitioner", () -> links.send(caseId, "WAS"), "PRACTITIONER");
      assertThat(links.forLink(link.token()).orElseThrow().items().getFirst().text())
          .isEqualTo("Licensed wording of the item");
    } finally {
      jdbc.sql("delete from questionnaire_text where code = 'WAS'").update();
    }
  }

  @Test
  void oneFormSentTwiceAtOnceIsRecordedOnce() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Nest");
    var id = open.caseId();
    var key = QuestionnaireResponseId.of(java.util.UUID.randomUUID());
    var start = new java.util.concurrent.CountDownLatch(1);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
      var presses =
          java.util.stream.Stream.of(1, 2)
              .map(
                  press ->
                      pool.submit(
                          () -> {
                            start.await();
                            return TestData.as(
                                "practitioner",
                                () ->
                                    questionnaires.complete(
                                        id,
                                        key,
                                        "PHQ-9",
                                        phq9(1, 1, 1, 1, 1, 1, 1, 1, 0),
                                        LocalDate.now()),
                                "PRACTITIONER");
                          }))
              .toList();
      start.countDown();
      for (var press : presses) {
        assertThat(press.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(key);
      }
    }
    assertThat(
            jdbc.sql("select count(*) from questionnaire_response where care_case_id = :c")
                .param("c", id.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // The key cannot record other answers, another questionnaire, nor one on another case.
    var other = TestData.openCase(mvc, jdbc, programmes, cases, "Nia").caseId();
    for (var attempt :
        List.<java.util.function.Supplier<QuestionnaireResponseId>>of(
            () ->
                questionnaires.complete(
                    id, key, "PHQ-9", phq9(3, 1, 1, 1, 1, 1, 1, 1, 0), LocalDate.now()),
            () ->
                questionnaires.complete(
                    id,
                    key,
                    "GAD-7",
                    Map.of("q1", 0, "q2", 0, "q3", 0, "q4", 0, "q5", 0, "q6", 0, "q7", 0),
                    LocalDate.now()),
            () ->
                questionnaires.complete(
                    other, key, "PHQ-9", phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), LocalDate.now()))) {
      assertThatThrownBy(() -> TestData.as("practitioner", attempt, "PRACTITIONER"))
          .isInstanceOf(ChangeRefused.class)
          .hasMessage("questionnaire.alreadyRecorded");
    }
  }

  @Test
  void aClosedCaseTakesNoNewQuestionnairesAndItsWaitingLinksStopOpening(Scenario scenario)
      throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Kerys");
    var caseId = open.caseId();
    var link = TestData.as("practitioner", () -> links.send(caseId, "GAD-7"), "PRACTITIONER");
    assertThat(links.forLink(link.token())).isPresent();
    // Caseload closes the case (CaseClosed); assessment, hearing it, cancels the waiting link.
    scenario
        .stimulate(
            () ->
                TestData.as(
                    "practitioner",
                    () -> {
                      cases.close(
                          open.caseId(), org.stepwise.caseload.Outcome.CHOSE_TO_STOP, "Moved on");
                      return null;
                    },
                    "PRACTITIONER"))
        .andWaitForStateChange(() -> links.forLink(link.token()), java.util.Optional::isEmpty)
        .andVerify(
            closed ->
                assertThat(TestData.as("practitioner", () -> links.links(caseId), "PRACTITIONER"))
                    .extracting(QuestionnaireLink::status)
                    .containsExactly(QuestionnaireLink.Status.CANCELLED));
    assertThat(
            jdbc.sql(
                    "select updated_by || ' ' || version from questionnaire_request where id = :id")
                .param("id", link.id().id())
                .query(String.class)
                .single())
        .isEqualTo("system 1");
    assertThatThrownBy(
            () ->
                links.returnByLink(
                    link.token(),
                    Map.of("q1", 0, "q2", 0, "q3", 0, "q4", 0, "q5", 0, "q6", 0, "q7", 0)))
        .hasMessage("questionnaire.link.notOpen");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () ->
                        questionnaires.complete(
                            caseId,
                            "GAD-7",
                            Map.of("q1", 0, "q2", 0, "q3", 0, "q4", 0, "q5", 0, "q6", 0, "q7", 0),
                            LocalDate.now()),
                    "PRACTITIONER"))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.case.closed");
  }
}
