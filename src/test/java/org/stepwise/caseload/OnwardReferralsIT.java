package org.stepwise.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.EditConflict;

/**
 * Onward referrals sent twice and results recorded on stale pages: one referral, no 500, and a page
 * that says what happened with what was chosen kept.
 */
@StepwiseIntegrationTest
class OnwardReferralsIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired OnwardReferrals onward;

  String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).with(PRACTITIONER))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  long count(CaseId id) {
    return jdbc.sql("select count(*) from onward_referral where care_case_id = :c")
        .param("c", id.id())
        .query(Long.class)
        .single();
  }

  @Test
  void theFormSentTwiceRecordsOneReferralAndSaysSoKeepingWhatWasTyped() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Onward");
    var id = open.caseId();
    var yesterday = java.time.LocalDate.now(Dates.LONDON).minusDays(1);
    var dayBefore = yesterday.minusDays(1);
    var make =
        post("/cases/" + id + "/onward-referrals")
            .param("service", "Community physiotherapy")
            .param("reason", "Knee pain")
            .param("made.day", String.valueOf(yesterday.getDayOfMonth()))
            .param("made.month", String.valueOf(yesterday.getMonthValue()))
            .param("made.year", String.valueOf(yesterday.getYear()));
    mvc.perform(make.with(csrf()).with(PRACTITIONER)).andExpect(status().isFound());
    var second =
        page(
            post("/cases/" + id + "/onward-referrals")
                .param("service", " community PHYSIOTHERAPY ")
                .param("reason", "Knee pain again")
                .param("made.day", String.valueOf(yesterday.getDayOfMonth()))
                .param("made.month", String.valueOf(yesterday.getMonthValue()))
                .param("made.year", String.valueOf(yesterday.getYear())));
    assertThat(second)
        .contains("There is a problem")
        .contains(
            "A referral to Community physiotherapy made on "
                + Dates.date(yesterday)
                + " is already recorded")
        .contains("href=\"#service\"")
        .contains("value=\" community PHYSIOTHERAPY \"")
        .contains("value=\"Knee pain again\"");
    assertThat(count(id)).isEqualTo(1);

    // The same service on another day is another referral.
    mvc.perform(
            post("/cases/" + id + "/onward-referrals")
                .param("service", "Community physiotherapy")
                .param("made.day", String.valueOf(dayBefore.getDayOfMonth()))
                .param("made.month", String.valueOf(dayBefore.getMonthValue()))
                .param("made.year", String.valueOf(dayBefore.getYear()))
                .with(csrf())
                .with(PRACTITIONER))
        .andExpect(status().isFound());
    assertThat(count(id)).isEqualTo(2);
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> onward.make(id, "Community Physiotherapy", null, dayBefore),
                    "PRACTITIONER"))
        .isInstanceOf(ChangeRefused.class)
        .satisfies(e -> assertThat(((ChangeRefused) e).field()).isEqualTo("service"));
  }

  @Test
  void aResultSentTwiceIsRecordedOnceAndOneFromAStalePageChangesNothingAndSaysSo()
      throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Stale");
    var id = open.caseId();
    var referral =
        TestData.as(
            "practitioner",
            () -> onward.make(id, "Pain clinic", "Back pain", null),
            "PRACTITIONER");
    var path = "/cases/" + id + "/onward-referrals/" + referral;

    for (int click = 0; click < 2; click++) {
      mvc.perform(
              post(path)
                  .param("result", "ACCEPTED")
                  .param("version", "0")
                  .with(csrf())
                  .with(PRACTITIONER))
          .andExpect(status().isFound());
    }
    var now = TestData.as("practitioner", () -> onward.find(id, referral), "PRACTITIONER");
    assertThat(now.result()).isEqualTo(OnwardReferrals.Result.ACCEPTED);
    assertThat(now.version()).as("the second click changed nothing").isEqualTo(1);

    // Someone else records a result after this page was read at version 1 ...
    TestData.as(
        "manager",
        () -> onward.recordResult(id, referral, OnwardReferrals.Result.SEEN, 1L),
        "MANAGER");
    // ... so a different result sent from it is refused, saying what is recorded now, and the
    // choice made stays chosen, at the version now.
    var stale = page(post(path).param("result", "DECLINED").param("version", "1"));
    assertThat(stale)
        .contains("There is a problem")
        .contains("manager recorded a result for the referral to Pain clinic")
        .contains("it is now Seen")
        .contains("href=\"#result-" + referral + "\"")
        .contains("name=\"version\" value=\"2\"")
        .containsPattern("value=\"DECLINED\"\\s+selected");
    assertThat(TestData.as("practitioner", () -> onward.find(id, referral), "PRACTITIONER"))
        .satisfies(
            r -> {
              assertThat(r.result()).isEqualTo(OnwardReferrals.Result.SEEN);
              assertThat(r.version()).isEqualTo(2);
              assertThat(r.updatedBy()).isEqualTo("manager");
            });
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> onward.recordResult(id, referral, OnwardReferrals.Result.DECLINED, 1L),
                    "PRACTITIONER"))
        .isInstanceOf(EditConflict.class);

    // Nonsense is named beside the referral's own select; a malformed id is a page not found.
    assertThat(page(post(path).param("result", "TELEPORTED").param("version", "2")))
        .contains("Choose what came of the referral")
        .contains("id=\"result-" + referral + "-error\"");
    mvc.perform(
            post("/cases/" + id + "/onward-referrals/not-an-id")
                .param("result", "SEEN")
                .with(csrf())
                .with(PRACTITIONER))
        .andExpect(status().isNotFound());
  }
}
