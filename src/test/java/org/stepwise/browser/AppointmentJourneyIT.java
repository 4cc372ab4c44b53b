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
 * A practitioner books an appointment from a case, sees it in their diary, and records that it was
 * cancelled.
 */
@StepwiseIntegrationTest
class AppointmentJourneyIT {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aPractitionerBooksAnAppointmentAndSeesItInTheDiary() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Dinah");
    try (var browser = new Browser(port)) {
      browser.signIn("practitioner");
      browser.open("/cases/" + open.caseId());
      browser.assertAccessible();
      browser.follow("Book an appointment");
      browser.assertAccessible();
      browser.press("Book appointment");
      assertThat(browser.text())
          .contains("There is a problem")
          .contains("Enter the time in 24-hour format");
      browser.assertAccessible();
      var day = LocalDate.now().plusDays(2);
      browser.type("on-day", "" + day.getDayOfMonth());
      browser.type("on-month", "" + day.getMonthValue());
      browser.type("on-year", "" + day.getYear());
      browser.type("time", "10:15");
      browser.type("minutes", "60");
      browser.choose("mode-VIDEO");
      browser.press("Book appointment");
      assertThat(browser.text()).contains("Appointment booked");
      assertThat(browser.find(By.cssSelector("[data-test=appointments]")).getText())
          .contains("10:15am")
          .contains("Booked");
      browser.open("/diary?week=" + day);
      assertThat(browser.text()).contains(open.fullName()).contains("60 minutes, by video call");
      browser.assertAccessible();

      // The person rings to cancel: what happened is recorded on its own page.
      browser.open("/cases/" + open.caseId() + "/appointments");
      browser.followContaining("Record what happened");
      browser.assertAccessible();
      browser.type("note", "Rang to say she is unwell");
      browser.press("Record what happened");
      assertThat(browser.text()).contains("There is a problem").contains("Choose what happened");
      assertThat(browser.find(By.id("note")).getDomProperty("value"))
          .isEqualTo("Rang to say she is unwell");
      browser.assertAccessible();
      browser.choose("attendance-CANCELLED_BY_PERSON");
      browser.press("Record what happened");
      assertThat(browser.text()).contains("Recorded: cancelled by the person.");
      assertThat(browser.find(By.cssSelector("[data-test=appointments]")).getText())
          .contains("Cancelled by the person")
          .contains("Rang to say she is unwell");
    }
  }
}
