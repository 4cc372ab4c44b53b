package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;

/**
 * A practitioner records the person's fit note from a physiotherapist and sees it beside the plan.
 */
@StepwiseIntegrationTest
class FitNoteJourneyIT {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aPractitionerRecordsAFitNoteAndItShowsOnThePlan() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Bronwen");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());
      browser.follow("Fit notes");
      browser.assertAccessible();

      browser.type("conditions", "Low back pain");
      browser.choose("advice-ALTERED_HOURS");
      browser.press("Record fit note");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Enter the date of assessment")
          .contains("Enter the date of statement, the day the note was issued")
          .contains("Choose whether the note gives dates or a length of time")
          .contains("Choose whether the note says not fit or may be fit for work")
          .contains("Enter the name of the person who issued it");
      assertThat(browser.find(By.id("conditions")).getAttribute("value"))
          .isEqualTo("Low back pain");
      assertThat(browser.find(By.id("advice-ALTERED_HOURS")).isSelected()).isTrue();
      browser.assertAccessible();

      var from = LocalDate.of(2026, 11, 2);
      browser.type("assessedOn-day", "2");
      browser.type("assessedOn-month", "11");
      browser.type("assessedOn-year", "2026");
      browser.type("statementOn-day", "1");
      browser.type("statementOn-month", "11");
      browser.type("statementOn-year", "2026");
      browser.choose("verdict-MAY_BE_FIT");
      browser.choose("advice");
      browser.choose("period");
      browser.type("effects", "Avoid lifting over 10 kg");
      browser.type("from-day", "" + from.getDayOfMonth());
      browser.type("from-month", "" + from.getMonthValue());
      browser.type("from-year", "" + from.getYear());
      browser.type("until-day", "30");
      browser.type("until-month", "11");
      browser.type("until-year", "2026");
      browser.type("issuerName", "Sam Okoro");
      browser.choose("issuer-PHYSIOTHERAPIST");
      browser.type("practiceAddress", "Riverside Physiotherapy, 1 Mill Lane, Exampleton");
      browser.press("Record fit note");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("The date of statement must be on or after the date of assessment");
      assertThat(browser.find(By.id("until-day")).getAttribute("value")).isEqualTo("30");
      assertThat(browser.find(By.id("practiceAddress")).getAttribute("value"))
          .isEqualTo("Riverside Physiotherapy, 1 Mill Lane, Exampleton");
      assertThat(browser.find(By.id("advice")).isSelected()).isTrue();
      assertThat(browser.find(By.id("period")).isSelected()).isTrue();
      browser.assertAccessible();
      browser.type("statementOn-day", "3");
      browser.press("Record fit note");
      assertThat(browser.text()).contains("Fit note recorded");
      assertThat(browser.find(By.cssSelector("[data-test=fit-notes]")).getText())
          .contains("Low back pain")
          .contains(
              "May be fit for work: a phased return to work, altered hours. From 2 November 2026 to 30 November 2026 (physiotherapist, Sam Okoro).")
          .contains("Effects and advice: Avoid lifting over 10 kg")
          .contains("statement dated 3 November 2026")
          .contains("Practice: Riverside Physiotherapy, 1 Mill Lane, Exampleton");
      browser.assertAccessible();

      // A second note, for a length of time: it starts on the date of statement.
      browser.type("assessedOn-day", "30");
      browser.type("assessedOn-month", "11");
      browser.type("assessedOn-year", "2026");
      browser.type("statementOn-day", "1");
      browser.type("statementOn-month", "12");
      browser.type("statementOn-year", "2026");
      browser.type("conditions", "Low back pain");
      browser.choose("verdict-MAY_BE_FIT");
      browser.choose("advice-AMENDED_DUTIES");
      browser.choose("period-LENGTH");
      browser.type("durationCount", "two");
      browser.type("issuerName", "Sam Okoro");
      browser.choose("issuer-PHYSIOTHERAPIST");
      browser.press("Record fit note");
      assertThat(browser.text())
          .contains("Enter how long the note covers as a whole number from 1 to 999")
          .contains("Choose days, weeks or months");
      assertThat(browser.find(By.id("durationCount")).getAttribute("value")).isEqualTo("two");
      assertThat(browser.find(By.id("period-LENGTH")).isSelected()).isTrue();
      browser.type("durationCount", "2");
      browser.choose("durationUnit-WEEKS");
      browser.press("Record fit note");
      assertThat(browser.text()).contains("Fit note recorded");
      assertThat(browser.find(By.cssSelector("[data-test=fit-notes]")).getText())
          .contains(
              "May be fit for work: amended duties. For 2 weeks from 1 December 2026 (the date of"
                  + " statement) (physiotherapist, Sam Okoro).");

      browser.open("/cases/" + open.caseId() + "/plan");
      assertThat(browser.find(By.cssSelector("[data-test=fit-note]")).getText())
          .contains(
              "Latest fit note: May be fit for work: amended duties. For 2 weeks from 1"
                  + " December 2026 (the date of statement)");
    }
  }
}
