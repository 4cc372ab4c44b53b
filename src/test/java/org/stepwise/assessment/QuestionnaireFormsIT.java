package org.stepwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.Outcome;
import org.stepwise.programme.Programmes;

/**
 * The three questionnaire forms (with the practitioner, the person's from a link, the wording of a
 * licensed one) sent empty, with nonsense and twice: each problem is named beside its item, the
 * summary links to it, everything typed is kept, and nothing is a server error.
 */
@StepwiseIntegrationTest
class QuestionnaireFormsIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");
  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired QuestionnaireLinks links;

  private String send(MockHttpServletRequestBuilder request, int status) throws Exception {
    var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    return response.getContentAsString();
  }

  private static MockHttpServletRequestBuilder answers(
      MockHttpServletRequestBuilder request, Map<String, String> answers) {
    answers.forEach((item, value) -> request.param("answers[" + item + "]", value));
    return request;
  }

  private static boolean checked(String page, String id) {
    return Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*checked")
        .matcher(page)
        .find();
  }

  private static Map<String, String> gad7(String value) {
    var all = new java.util.HashMap<String, String>();
    for (int i = 1; i <= 7; i++) {
      all.put("q" + i, value);
    }
    return all;
  }

  /** The key a completion form was given when shown (the id its completion will have). */
  private static String hiddenKey(String page) {
    var found = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"").matcher(page);
    assertThat(found.find()).as("a key in the form").isTrue();
    return found.group(1);
  }

  private long completed(CaseId id) {
    return jdbc.sql("select count(*) from questionnaire_response where care_case_id = :c")
        .param("c", id.id())
        .query(Long.class)
        .single();
  }

  @Test
  void theSessionFormNamesEachProblemBesideItsItemAndKeepsEveryAnswer() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Llio");
    var id = open.caseId();
    var path = "/cases/" + id + "/questionnaires/PHQ-9/new";

    var empty = send(post(path).with(PRACTITIONER), 200);
    assertThat(empty)
        .contains("There is a problem")
        .contains("Enter the date it was completed")
        .contains("Answer question 1")
        .contains("Answer question 9")
        .contains("href=\"#on-day\"")
        .contains("href=\"#answers[q1]\"")
        .contains("id=\"answers[q1]-error\"");

    var today = LocalDate.now(ZoneId.of("Europe/London"));
    var nonsense =
        send(
            answers(
                post(path).with(PRACTITIONER).with(TestData.date("on", "31", "2", "2026")),
                Map.of("q1", "9", "q2", "nonsense", "q3", "2", "q4", "x".repeat(5000))),
            200);
    assertThat(nonsense)
        .contains("Enter the date it was completed as a real date")
        .contains("Choose one of the answers to question 1")
        .contains("Choose one of the answers to question 2")
        .contains("Choose one of the answers to question 4")
        .doesNotContain("Answer question 3")
        .contains("Answer question 5")
        .contains("value=\"31\"");
    assertThat(checked(nonsense, "answers[q3]-2")).isTrue();

    var tomorrow = today.plusDays(1);
    assertThat(send(post(path).with(PRACTITIONER).with(TestData.date("on", tomorrow)), 200))
        .contains("The date it was completed must be today or earlier");
    assertThat(completed(id)).isZero();

    // A number: out of range or not a number, named and kept.
    var eq = "/cases/" + id + "/questionnaires/EQ-5D-5L/new";
    var vas =
        send(
            answers(
                post(eq).with(PRACTITIONER),
                Map.of("mo", "1", "sc", "1", "ua", "2", "pd", "3", "ad", "1", "vas", "101")),
            200);
    assertThat(vas)
        .contains("Enter a whole number from 0 to 100 for question 6")
        .contains("href=\"#answers[vas]\"")
        .contains("value=\"101\"");
    assertThat(checked(vas, "answers[pd]-3")).isTrue();
    assertThat(send(answers(post(eq).with(PRACTITIONER), Map.of("vas", "lots")), 200))
        .contains("value=\"lots\"")
        .contains("Enter a whole number from 0 to 100 for question 6");

    // Sent twice (a double click, a page sent again): recorded once, and both land on it.
    var full =
        Map.of(
            "q1", "1", "q2", "1", "q3", "0", "q4", "2", "q5", "0", "q6", "0", "q7", "1", "q8", "0",
            "q9", "0", "q10", "1");
    var key = hiddenKey(send(get(path).with(PRACTITIONER), 200));
    var landed = new java.util.ArrayList<String>();
    for (int i = 0; i < 2; i++) {
      var request =
          answers(
              post(path).with(PRACTITIONER).param("key", key).with(TestData.date("on", today)),
              full);
      var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
      assertThat(response.getStatus()).isEqualTo(302);
      landed.add(response.getRedirectedUrl());
    }
    assertThat(landed.getFirst()).endsWith("/questionnaires/responses/" + key);
    assertThat(landed.getLast()).isEqualTo(landed.getFirst());
    assertThat(completed(id)).isEqualTo(1);
    assertThat(send(get(landed.getLast()).with(PRACTITIONER), 200)).contains("PHQ-9");
    // The same key sent for another questionnaire records nothing and says why, answers kept.
    var reused =
        send(
            answers(
                post(eq).with(PRACTITIONER).param("key", key).with(TestData.date("on", today)),
                Map.of("mo", "1", "sc", "1", "ua", "2", "pd", "3", "ad", "1", "vas", "70")),
            200);
    assertThat(reused)
        .contains("This form was already saved with other answers, so these have not been saved")
        .contains("value=\"70\"");
    assertThat(hiddenKey(reused)).isNotEqualTo(key);
    // So is the same form sent again with an answer changed (back to it, then saved again).
    var changed = new java.util.HashMap<>(full);
    changed.put("q1", "3");
    var again =
        send(
            answers(
                post(path).with(PRACTITIONER).param("key", key).with(TestData.date("on", today)),
                changed),
            200);
    assertThat(again).contains("This form was already saved with other answers");
    assertThat(checked(again, "answers[q1]-3")).isTrue();
    assertThat(completed(id)).isEqualTo(1);

    // An alert shows as a warning on the completion and on the list.
    var alerting = new java.util.HashMap<>(full);
    alerting.put("q9", "1");
    var recorded =
        mvc.perform(
                answers(post(path).with(PRACTITIONER).with(TestData.date("on", today)), alerting)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(send(get(recorded).with(PRACTITIONER), 200))
        .contains("govuk-warning-text")
        .contains("Follow your service&#39;s risk procedure today.");
    assertThat(send(get("/cases/" + id + "/questionnaires").with(PRACTITIONER), 200))
        .contains("govuk-warning-text")
        .contains("Patient Health Questionnaire (PHQ-9), " + org.stepwise.site.Dates.date(today))
        .contains("risk procedure today.");
    assertThat(completed(id)).isEqualTo(2);

    // A closed case takes no more: said in the summary, with the answers kept.
    TestData.as(
        "practitioner",
        () -> {
          cases.close(id, Outcome.CHOSE_TO_STOP, "Moved on");
          return null;
        },
        "PRACTITIONER");
    var closed =
        send(answers(post(path).with(PRACTITIONER).with(TestData.date("on", today)), full), 200);
    assertThat(closed).contains("This case is closed, so no questionnaire can be added to it");
    assertThat(checked(closed, "answers[q4]-2")).isTrue();
    assertThat(completed(id)).isEqualTo(2);
  }

  @Test
  void thePersonsFormNamesEachMissingAnswerAndAUsedLinkSaysSo() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Lowri");
    var id = open.caseId();
    var link = TestData.as("practitioner", () -> links.send(id, "GAD-7"), "PRACTITIONER");

    var empty = send(post(link.path()), 200);
    assertThat(empty)
        .contains("Answer question 1")
        .contains("Answer question 7")
        .contains("href=\"#answers[q1]\"");

    var some = gad7("1");
    some.remove("q7");
    some.put("q2", "banana");
    some.put("q3", "x".repeat(3000));
    var nonsense = send(answers(post(link.path()), some), 200);
    assertThat(nonsense)
        .contains("Choose one of the answers to question 2")
        .contains("Choose one of the answers to question 3")
        .contains("Answer question 7")
        .doesNotContain("Answer question 1");
    assertThat(checked(nonsense, "answers[q1]-1")).isTrue();
    assertThat(checked(nonsense, "answers[q6]-1")).isTrue();
    assertThat(completed(id)).isZero();

    assertThat(send(answers(post(link.path()), gad7("1")), 200)).contains("Answers sent");
    // Sent again (the button pressed twice): thanked again, nothing more is stored.
    assertThat(send(answers(post(link.path()), gad7("2")), 200))
        .contains("Answers sent")
        .contains("Thank you for filling in Generalised Anxiety Disorder Assessment (GAD-7)");
    assertThat(completed(id)).isEqualTo(1);
    // Opened again, the link no longer works.
    assertThat(send(get(link.path()), 410)).contains("This link no longer works");
    assertThat(send(post("/questionnaire/" + "x".repeat(500)), 410))
        .contains("This link no longer works");
  }

  @Test
  void theWordingFormKeepsWhatWasTypedBesideEachProblem() throws Exception {
    var path = "/admin/questionnaires/MS-WIS";
    try {
      var page =
          send(
              post(path)
                  .with(ADMIN)
                  .param("options[q1]", "Yes\nNo\nMaybe")
                  .param("text[q2]", "y".repeat(2001))
                  .param("text[q3]", "The third item")
                  .param("text[q99]", "Not an item"),
              200);
      assertThat(page)
          .contains("Item 1 has 2 answers: enter at most 2 lines")
          .contains("Enter the wording of item 1 as well as its answers")
          .contains("The wording of item 2 must be 2,000 characters or fewer")
          .contains("href=\"#options[q1]\"")
          .contains("href=\"#text[q2]\"")
          .contains("Yes\nNo\nMaybe")
          .contains("The third item")
          .contains("y".repeat(2001));
      assertThat(
              jdbc.sql("select count(*) from questionnaire_text where code = 'MS-WIS'")
                  .query(Long.class)
                  .single())
          .isZero();

      // Sent twice: the same wording is loaded once.
      for (int i = 0; i < 2; i++) {
        var response =
            mvc.perform(
                    post(path)
                        .with(ADMIN)
                        .with(csrf())
                        .param("text[q1]", "Example wording")
                        .param("options[q1]", "True\nNot true"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
      }
      assertThat(
              jdbc.sql("select count(*) from questionnaire_text where code = 'MS-WIS'")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      var list = send(get("/admin/questionnaires").with(ADMIN), 200);
      assertThat(list).contains("Partly loaded by admin on ");

      // Empty: nothing is loaded any more, which is no error.
      assertThat(
              mvc.perform(post(path).with(ADMIN).with(csrf()))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(302);
      assertThat(
              jdbc.sql("select count(*) from questionnaire_text where code = 'MS-WIS'")
                  .query(Long.class)
                  .single())
          .isZero();

      send(post("/admin/questionnaires/PHQ-9").with(ADMIN).param("text[q1]", "Changed"), 404);
      send(post("/admin/questionnaires/NOPE").with(ADMIN), 404);
    } finally {
      jdbc.sql("delete from questionnaire_text where code = 'MS-WIS'").update();
    }
  }
}
