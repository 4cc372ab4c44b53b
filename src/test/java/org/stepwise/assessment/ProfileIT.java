package org.stepwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Caseloads;
import org.stepwise.programme.Programmes;

/**
 * The vocational profile keeps one record per person, refuses what is too long without losing
 * input, and is for staff on cases only.
 */
@StepwiseIntegrationTest
class ProfileIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Caseloads caseloads;

  @Test
  void anAnswerTooLongIsRefusedByNameAndTheRestIsKept() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Gwen");
    var flash =
        mvc.perform(
                post("/cases/" + open.caseId() + "/profile")
                    .with(csrf())
                    .with(user("practitioner").roles("PRACTITIONER"))
                    .param("transport", "Buses only")
                    .param("caring", "x".repeat(Profiles.MAX_LENGTH + 1)))
            .andExpect(status().isFound())
            .andReturn()
            .getFlashMap();
    assertThat(flash.get("problem")).isEqualTo("Caring duties must be 5000 characters or fewer");
    assertThat(flash.get("problemField")).isEqualTo("caring");
    assertThat(flash.get("answers")).asString().contains("Buses only");
    var person =
        jdbc.sql("select person_id from referral where id = :r")
            .param("r", open.referral())
            .query(java.util.UUID.class)
            .single();
    assertThat(
            jdbc.sql("select count(*) from vocational_profile where person_id = :p")
                .param("p", person)
                .query(Long.class)
                .single())
        .as("nothing half-saved")
        .isZero();
  }

  @Test
  void onlyStaffWhoWorkCasesSeeTheProfile() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Huw");
    mvc.perform(
            get("/cases/" + open.caseId() + "/profile").with(user("referrer").roles("REFERRER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/cases/" + open.caseId() + "/profile")
                .with(csrf())
                .with(user("employer").roles("EMPLOYER"))
                .param("skills", "Anything"))
        .andExpect(status().isForbidden());
  }
}
