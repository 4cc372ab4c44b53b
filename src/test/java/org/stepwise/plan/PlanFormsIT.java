package org.stepwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;

/**
 * The plan's forms: two people editing at once never lose a change or see a 500, and whatever is
 * sent (empty, nonsense, twice) comes back as the page with what was typed.
 */
@StepwiseIntegrationTest
class PlanFormsIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired Plans plans;

  @Test
  void theSecondOfTwoEditorsSeesBothVersionsAndChoosesToSendTheirs() throws Exception {
    var id = TestData.openCase(mvc, jdbc, programmes, cases, "Tegan").caseId();
    String versionA = version(page(id, "alex"));
    String versionB = version(page(id, "sam"));
    assertThat(versionA).isEqualTo(versionB).isEmpty();

    var a = send(id, "alex", "/plan", versionA, "goals", "Alex: back to work in March");
    assertThat(a.getStatus()).isEqualTo(302);

    var b = send(id, "sam", "/plan", versionB, "goals", "Sam: back part time in April");
    assertThat(b.getStatus()).isEqualTo(200);
    String html = b.getContentAsString();
    assertThat(html)
        .contains("data-test=\"conflict\"")
        .contains("Someone else changed this while you were editing it")
        .contains("alex saved a change")
        .contains("Alex: back to work in March")
        .contains(">Sam: back part time in April</textarea>");
    String current = version(html);
    assertThat(current).isNotEmpty();
    assertThat(plans(id).goals()).isEqualTo("Alex: back to work in March");

    var again = send(id, "sam", "/plan", current, "goals", "Sam: back part time in April");
    assertThat(again.getStatus()).isEqualTo(302);
    assertThat(plans(id).goals()).isEqualTo("Sam: back part time in April");
  }

  @Test
  void agreeingAPlanThatChangedSinceItWasShownIsRefusedWithBothVersions() throws Exception {
    var id = TestData.openCase(mvc, jdbc, programmes, cases, "Osian").caseId();
    send(id, "alex", "/plan", "", "goals", "Keep my job");
    String seen = version(page(id, "sam"));
    send(id, "alex", "/plan", seen, "goals", "Keep my job, fewer hours");

    var agree = send(id, "sam", "/plan/agree", seen, "how", "In person, read through");
    assertThat(agree.getStatus()).isEqualTo(200);
    assertThat(agree.getContentAsString())
        .contains("data-test=\"conflict\"")
        .contains("Keep my job, fewer hours")
        .contains("value=\"In person, read through\"");
    assertThat(plans(id).agreedVersion()).isZero();

    var action =
        mvc.perform(
                as("sam", post("/cases/" + id + "/plan/actions"))
                    .param("description", "Meet the manager")
                    .param("owner", "PERSON")
                    .param("version", seen))
            .andReturn()
            .getResponse();
    assertThat(action.getStatus()).isEqualTo(200);
    assertThat(action.getContentAsString())
        .contains("data-test=\"conflict\"")
        .contains("value=\"Meet the manager\"");
    assertThat(plans(id).actions()).isEmpty();
  }

  @Test
  void emptyNonsenseAndTooLongComeBackWithWhatWasTyped() throws Exception {
    var id = TestData.openCase(mvc, jdbc, programmes, cases, "Briallen").caseId();
    var tooLong = send(id, "alex", "/plan", "", "goals", "g".repeat(5001));
    assertThat(tooLong.getStatus()).isEqualTo(200);
    assertThat(tooLong.getContentAsString())
        .contains("Goals must be 5000 characters or fewer")
        .contains("g".repeat(5001));

    var action =
        mvc.perform(
                as("alex", post("/cases/" + id + "/plan/actions"))
                    .param("description", "Walk at lunchtime")
                    .param("owner", "NOBODY")
                    .param("due.day", "31")
                    .param("due.month", "2")
                    .param("due.year", "+999999999")
                    .param("version", "not-a-number"))
            .andReturn()
            .getResponse();
    assertThat(action.getStatus()).isEqualTo(200);
    assertThat(action.getContentAsString())
        .contains("Choose who will do it")
        .contains("Enter the due date as a real date, or leave it empty")
        .contains("value=\"Walk at lunchtime\"")
        .contains("value=\"+999999999\"");

    var empty = send(id, "alex", "/plan/agree", "", "how", "");
    assertThat(empty.getStatus()).isEqualTo(200);
    assertThat(empty.getContentAsString()).contains("Say how the person agreed");

    var noGoals = send(id, "alex", "/plan/agree", "", "how", "By phone");
    assertThat(noGoals.getStatus()).isEqualTo(200);
    assertThat(noGoals.getContentAsString())
        .contains("Write the person’s goals before agreeing the plan")
        .contains("value=\"By phone\"");

    var status =
        mvc.perform(
                as("alex", post("/cases/" + id + "/plan/actions/7"))
                    .param("status", "DONE")
                    .param("version", ""))
            .andReturn()
            .getResponse();
    assertThat(status.getStatus()).isLessThan(500);
    var nonsenseStatus =
        mvc.perform(as("alex", post("/cases/" + id + "/plan/actions/0")).param("status", "LATER"))
            .andReturn()
            .getResponse();
    assertThat(nonsenseStatus.getStatus()).isEqualTo(200);
    assertThat(nonsenseStatus.getContentAsString()).contains("Choose where the action has got to");
  }

  @Test
  void sendingTheSameAgreementTwiceIsAConflictNotASecondVersion() throws Exception {
    var id = TestData.openCase(mvc, jdbc, programmes, cases, "Eirlys").caseId();
    send(id, "alex", "/plan", "", "goals", "Keep my job");
    String seen = version(page(id, "alex"));
    assertThat(send(id, "alex", "/plan/agree", seen, "how", "In person").getStatus())
        .isEqualTo(302);
    var twice = send(id, "alex", "/plan/agree", seen, "how", "In person");
    assertThat(twice.getStatus()).isEqualTo(200);
    assertThat(twice.getContentAsString()).contains("data-test=\"conflict\"");
    assertThat(plans(id).agreedVersion()).isEqualTo(1);
  }

  @Test
  void aPlanForACaseThatDoesNotExistIsNotFound() throws Exception {
    var missing = CaseId.of(UUID.randomUUID());
    assertThat(
            mvc.perform(as("alex", get("/cases/" + missing + "/plan")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(send(missing, "alex", "/plan", "", "goals", "x").getStatus()).isEqualTo(404);
    // The case id binds as a CaseId: one that is not a UUID is a page that does not exist.
    for (var path : List.of("/cases/not-a-uuid/plan", "/cases/not-a-uuid/plan.pdf")) {
      assertThat(mvc.perform(as("alex", get(path))).andReturn().getResponse().getStatus())
          .as(path)
          .isEqualTo(404);
    }
    for (var path :
        List.of(
            "/cases/not-a-uuid/plan",
            "/cases/not-a-uuid/plan/actions",
            "/cases/not-a-uuid/plan/actions/0",
            "/cases/not-a-uuid/plan/agree")) {
      assertThat(
              mvc.perform(as("alex", post(path)).param("goals", "x").param("how", "In person"))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(path)
          .isEqualTo(404);
    }
  }

  private String page(CaseId id, String who) throws Exception {
    return mvc.perform(as(who, get("/cases/" + id + "/plan")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private org.springframework.mock.web.MockHttpServletResponse send(
      CaseId id, String who, String path, String version, String field, String value)
      throws Exception {
    return mvc.perform(
            as(who, post("/cases/" + id + path)).param(field, value).param("version", version))
        .andReturn()
        .getResponse();
  }

  private static MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder r) {
    return r.with(user(who).roles("PRACTITIONER")).with(csrf());
  }

  /** The version the plan-words form carries. */
  private static String version(String html) {
    var m =
        Pattern.compile("<input type=\"hidden\" name=\"version\" value=\"([^\"]*)\"").matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private PlanView plans(CaseId id) {
    return TestData.as("practitioner", () -> plans.forCase(id), "PRACTITIONER");
  }
}
