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
import org.stepwise.caseload.Cases;
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
  @Autowired Cases cases;

  @Test
  void anAnswerTooLongIsRefusedByNameAndTheRestIsKept() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Gwen");
    var page =
        mvc.perform(
                post("/cases/" + open.caseId() + "/profile")
                    .with(csrf())
                    .with(user("practitioner").roles("PRACTITIONER"))
                    .param("transport", "Buses only")
                    .param("caring", "x".repeat(Profiles.MAX_LENGTH + 1)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("There is a problem")
        .contains("<a href=\"#caring\">Caring duties must be 5000 characters or fewer</a>")
        .contains(">Buses only</textarea>");
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
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Huw");
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

  @Test
  void theSecondOfTwoEditorsSeesWhatIsSavedAndChoosesToSendTheirs() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Morwenna");
    var path = "/cases/" + open.caseId() + "/profile";
    String first = version(fetch(path, "alex"));
    assertThat(first).as("never saved").isEmpty();
    assertThat(save(path, "alex", first, "Alex: mornings only").getStatus()).isEqualTo(302);
    String seen = version(fetch(path, "alex"));
    assertThat(save(path, "alex", seen, "Alex: mornings, 16 hours").getStatus()).isEqualTo(302);

    var sam = save(path, "sam", seen, "Sam: afternoons");
    assertThat(sam.getStatus()).isEqualTo(200);
    assertThat(sam.getContentAsString())
        .contains("data-test=\"conflict\"")
        .contains("alex saved a change")
        .contains("Alex: mornings, 16 hours")
        .contains(">Sam: afternoons</textarea>");
    String current = version(sam.getContentAsString());
    assertThat(current).isNotEqualTo(seen);
    assertThat(fetch(path, "sam")).contains(">Alex: mornings, 16 hours</textarea>");

    assertThat(save(path, "sam", current, "Sam: afternoons").getStatus()).isEqualTo(302);
    assertThat(fetch(path, "sam")).contains(">Sam: afternoons</textarea>");
  }

  @Test
  void twoFirstSavesAtOnceAreAConflictNotAnError() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Lowri");
    var path = "/cases/" + open.caseId() + "/profile";
    var ready = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
      for (int i = 0; i < 4; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () -> {
                  ready.await();
                  return save(path, "worker" + n, "", "Answer " + n).getStatus();
                }));
      }
      ready.countDown();
      for (var answer : answers) {
        assertThat(answer.get()).isIn(200, 302);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fetch(path, "alex")).containsPattern(">Answer \\d</textarea>");
  }

  @Test
  void nonsenseIsShownBackBesideItsField() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Cadi");
    var path = "/cases/" + open.caseId() + "/profile";
    var page =
        mvc.perform(
                post(path)
                    .with(csrf())
                    .with(user("alex").roles("PRACTITIONER"))
                    .param("skills", "Baking")
                    .param("disclosure", "MAYBE")
                    .param("version", "x"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Choose whether they have told their employer")
        .contains(">Baking</textarea>");
    var job =
        mvc.perform(
                post(path + "/jobs")
                    .with(csrf())
                    .with(user("alex").roles("PRACTITIONER"))
                    .param("role", " ")
                    .param("employer", "Riverside Bakery"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(job).contains("Enter the job or role").contains("value=\"Riverside Bakery\"");
    mvc.perform(
            get("/cases/" + java.util.UUID.randomUUID() + "/profile")
                .with(user("alex").roles("PRACTITIONER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/cases/not-a-uuid/profile").with(user("alex").roles("PRACTITIONER")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/cases/not-a-uuid/profile")
                .with(csrf())
                .with(user("alex").roles("PRACTITIONER"))
                .param("skills", "Baking"))
        .andExpect(status().isNotFound());
  }

  private String fetch(String path, String who) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(user(who).roles("PRACTITIONER")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private org.springframework.mock.web.MockHttpServletResponse save(
      String path, String who, String version, String hours) throws Exception {
    return mvc.perform(
            post(path)
                .with(csrf())
                .with(user(who).roles("PRACTITIONER"))
                .param("preferredHours", hours)
                .param("version", version))
        .andReturn()
        .getResponse();
  }

  private static String version(String html) {
    var m =
        java.util.regex.Pattern.compile(
                "<input type=\"hidden\" name=\"version\" value=\"([^\"]*)\"")
            .matcher(html);
    return m.find() ? m.group(1) : "";
  }
}
