package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;

/**
 * A session with the person, as issue 7 describes it: open the case, note the contact, complete
 * PHQ-9 together, add a goal and an action, agree the plan, book the next appointment; later they
 * return GAD-7 by link, and in the end the case is closed.
 */
@StepwiseIntegrationTest
class SessionJourneyIT {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aPractitionerRunsASessionFromNoteToDischarge() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Mererid");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());

      // The note of the contact, on its own page.
      browser.follow("Add a note");
      browser.choose("contactType");
      browser.type("minutes", "50");
      browser.choose("topics");
      browser.type("text", "Talked through the bakery job and what mornings are like.");
      browser.press("Add note");
      assertThat(browser.find(By.cssSelector("[data-test=timeline]")).getText())
          .contains("Talked through the bakery job");

      // PHQ-9 together: a missing answer is named and the others are kept.
      browser.follow("Questionnaires");
      browser.assertAccessible();
      browser.clickAndWait(browser.find(By.cssSelector("a[href$='/questionnaires/PHQ-9/new']")));
      assertThat(browser.text())
          .contains("Over the last 2 weeks, how often have you been bothered");
      int[] answers = {1, 2, 1, 2, 1, 1, 0, 0, 0};
      for (int i = 0; i < answers.length - 1; i++) {
        browser.choose("answers[q" + (i + 1) + "]-" + answers[i]);
      }
      browser.press("Save and score");
      assertThat(browser.text()).contains("There is a problem").contains("Answer question 9");
      assertThat(browser.find(By.id("answers[q2]-2")).isSelected()).isTrue();
      browser.assertAccessible();
      browser.choose("answers[q9]-0");
      browser.choose("answers[q10]-1");
      browser.press("Save and score");
      assertThat(browser.text()).contains("Patient Health Questionnaire (PHQ-9) recorded");
      assertThat(browser.find(By.cssSelector("[data-test=scores]")).getText()).contains("8 (Mild)");
      assertThat(browser.text()).contains("More than half the days").contains("Somewhat difficult");
      browser.assertAccessible();

      browser.follow("Back to questionnaires");
      var chart = browser.find(By.cssSelector("[data-test=history-PHQ-9] img"));
      assertThat(chart.getAttribute("alt")).contains("Total: 8");
      assertThat(
              (Long)
                  ((JavascriptExecutor) browser.driver())
                      .executeScript("return arguments[0].naturalWidth;", chart))
          .isEqualTo(720L);

      // A link for GAD-7, completed by the person on their own.
      browser.clickAndWait(
          browser.find(By.xpath("//form[contains(@action, '/GAD-7/send')]//button")));
      var link = browser.find(By.cssSelector("[data-test=sent-link]")).getText();
      assertThat(link).contains("/questionnaire/");
      assertThat(browser.find(By.cssSelector("[data-test=links]")).getText()).contains("Waiting");
      browser.assertAccessible();

      // The plan: a goal, an action, agreed.
      browser.open("/cases/" + open.caseId());
      browser.follow("Plan");
      browser.type("goals", "Back at the bakery three mornings a week");
      browser.press("Save plan");
      browser.type("description", "Ask about a later start");
      browser.choose("owner-PERSON");
      browser.press("Add action");
      browser.type("how", "In person");
      browser.press("Record that the person agreed this plan");
      assertThat(browser.text()).contains("Recorded: the person agreed version 1 of their plan.");

      // The next appointment.
      browser.open("/cases/" + open.caseId());
      browser.follow("Book an appointment");
      var day = LocalDate.now().plusWeeks(2);
      browser.type("on-day", "" + day.getDayOfMonth());
      browser.type("on-month", "" + day.getMonthValue());
      browser.type("on-year", "" + day.getYear());
      browser.type("time", "10:00");
      browser.type("minutes", "45");
      browser.choose("mode-IN_PERSON");
      browser.type("place", "Stepwise office, Market Street");
      browser.press("Book appointment");
      assertThat(browser.text()).contains("Appointment booked");

      // The person opens their link (signed out, as they would be) and sends their answers.
      browser.clickAndWait(browser.find(By.cssSelector("[data-test=sign-out]")));
      browser.driver().get(link);
      assertThat(browser.text())
          .contains("Generalised Anxiety Disorder Assessment (GAD-7)")
          .doesNotContain("Mererid");
      browser.assertAccessible();
      for (int i = 1; i <= 6; i++) {
        browser.choose("answers[q" + i + "]-1");
      }
      browser.press("Send my answers");
      assertThat(browser.text()).contains("There is a problem").contains("Answer question 7");
      browser.assertAccessible();
      browser.choose("answers[q7]-1");
      browser.press("Send my answers");
      assertThat(browser.text()).contains("Answers sent");
      browser.assertAccessible();
      browser.driver().get(link);
      assertThat(browser.text()).contains("This link no longer works");

      // Back in: it is on the caseload and the case, and then the case is closed.
      browser.signIn("practitioner");
      browser.open("/caseload");
      // Two things need action now: the first meeting (from the new case) and the returned
      // questionnaire.
      assertThat(browser.find(By.xpath("//tr[contains(., '" + open.fullName() + "')]")).getText())
          .contains("2 items");
      browser.open("/cases/" + open.caseId());
      assertThat(browser.text())
          .contains(
              "Questionnaire returned: Generalised Anxiety Disorder Assessment (GAD-7), completed online: Total 7 (Mild)");
      assertThat(browser.find(By.cssSelector("[data-test=timeline]")).getText())
          .contains("Patient Health Questionnaire (PHQ-9): Total 8 (Mild)")
          .contains("(returned online)");
      browser.follow("Close the case");
      browser.choose("outcome-CLOSER_TO_WORK");
      browser.type("summary", "Plan agreed; carrying on with the job search on their own.");
      browser.press("Close the case");
      assertThat(browser.find(By.cssSelector("[data-test=outcome]")).getText())
          .contains("Not working yet, but closer to work and with a plan");
      browser.assertAccessible();
    }
  }

  @Test
  void anAdministratorLoadsTheWordingOfALicensedQuestionnaire() throws Exception {
    try (var browser = new Browser(port)) {
      browser.signIn("admin");
      browser.follow("Questionnaires");
      assertThat(browser.find(By.cssSelector("[data-test=questionnaires]")).getText())
          .contains("Patient Health Questionnaire (PHQ-9)")
          .contains("Published wording")
          .contains("EQ-5D-5L")
          .contains("Not loaded: scoring only");
      browser.assertAccessible();
      browser.clickAndWait(browser.find(By.cssSelector("a[href$='/admin/questionnaires/MS-WIS']")));
      browser.assertAccessible();
      browser.type("options[q1]", "Yes\nNo\nMaybe");
      browser.press("Save wording");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Item 1 has 2 answers: enter at most 2 lines")
          .contains("Enter the wording of item 1 as well as its answers");
      assertThat(browser.find(By.id("options[q1]")).getAttribute("value"))
          .isEqualTo("Yes\nNo\nMaybe");
      browser.assertAccessible();
      browser.type("options[q1]", "True for me\nNot true for me");
      browser.type("text[q1]", "Example licensed wording for item one");
      browser.press("Save wording");
      assertThat(browser.text())
          .contains("Wording saved for Multiple Sclerosis Work Instability Scale (MS-WIS).");
      assertThat(browser.find(By.cssSelector("[data-test=questionnaires]")).getText())
          .contains("Partly loaded by admin");
    } finally {
      jdbc.sql("delete from questionnaire_text where code = 'MS-WIS'").update();
    }
  }
}
