package org.stepwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;

/**
 * The plan: agreed versions are kept exactly, the person gets a PDF copy, only staff on cases see
 * it.
 */
@StepwiseIntegrationTest
class PlanIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired Plans plans;

  @Test
  void anAgreedVersionStaysAsAgreedWhileThePlanMovesOn() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Nia");
    var id = open.caseId();
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner", () -> plans.agree(id, null, "In person"), "PRACTITIONER"))
        .isInstanceOfSatisfying(
            ChangeRefused.class, r -> assertThat(r.messageKey()).isEqualTo("plan.agree.noGoals"));
    assertThat(
            jdbc.sql("select count(*) from plan where care_case_id = :c")
                .param("c", id.id())
                .query(Long.class)
                .single())
        .as("nothing half-saved")
        .isZero();
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> {
                      plans.write(id, null, "x".repeat(5001), null, null, null);
                      return null;
                    },
                    "PRACTITIONER"))
        .isInstanceOfSatisfying(
            ChangeRefused.class, r -> assertThat(r.messageKey()).isEqualTo("plan.goals.size"));

    TestData.as(
        "practitioner",
        () -> {
          plans.write(
              id,
              null,
              "Keep my job at the library",
              "Later start on Mondays",
              "Short walks at lunch",
              "Phone my manager early");
          plans.addAction(
              id,
              version(id),
              "Book a meeting with my manager",
              ActionOwner.PERSON,
              LocalDate.of(2027, 1, 15));
          return plans.agree(id, version(id), "In person");
        },
        "PRACTITIONER");
    TestData.as(
        "practitioner",
        () -> {
          plans.write(id, version(id), "Keep my job and go up to full time", null, null, null);
          plans.changeAction(id, version(id), 0, ActionStatus.DONE);
          return plans.agree(id, version(id), "By phone");
        },
        "PRACTITIONER");

    var view = TestData.as("practitioner", () -> plans.forCase(id), "PRACTITIONER");
    assertThat(view.agreedVersion()).isEqualTo(2);
    assertThat(view.agreements()).extracting(PlanView.Agreement::number).containsExactly(2, 1);
    var first = view.agreements().getLast();
    assertThat(first.how()).isEqualTo("In person");
    assertThat(first.snapshot())
        .contains("Keep my job at the library")
        .contains("- Book a meeting with my manager (The person, by 2027-01-15, to do)")
        .contains("Later start on Mondays")
        .contains("Phone my manager early");
    assertThat(view.agreements().getFirst().snapshot())
        .contains("go up to full time")
        .contains("done)");
  }

  @Test
  void thePersonGetsTheirPlanAsAPdfOnTheLetterhead() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Ifan");
    TestData.as(
        "practitioner",
        () -> {
          plans.write(
              open.caseId(),
              null,
              "Back to driving the bus, four days a week",
              null,
              "Rest between shifts",
              null);
          plans.addAction(
              open.caseId(),
              version(open.caseId()),
              "Ask occupational health about shorter routes",
              ActionOwner.WORKER,
              null);
          return plans.agree(open.caseId(), version(open.caseId()), "In person");
        },
        "PRACTITIONER");
    var response =
        mvc.perform(
                get("/cases/" + open.caseId() + "/plan.pdf")
                    .with(user("practitioner").roles("PRACTITIONER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    try (var document = Loader.loadPDF(response.getContentAsByteArray())) {
      var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Your plan, " + open.fullName())
          .contains("Version 1, agreed with you on")
          .contains("Back to driving the bus, four days a week")
          .contains("Ask occupational health about shorter routes (Their worker, to do)")
          .contains("Rest between shifts")
          .contains("Your worker is Priya Shah");
    }
  }

  @Test
  void onlyStaffWhoWorkCasesSeeAPlan() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Rhys");
    mvc.perform(get("/cases/" + open.caseId() + "/plan").with(user("referrer").roles("REFERRER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/cases/" + open.caseId() + "/plan.pdf").with(user("referrer").roles("REFERRER")))
        .andExpect(status().isForbidden());
  }

  private Long version(org.stepwise.caseload.CaseId caseId) {
    return plans.forCase(caseId).version();
  }
}
