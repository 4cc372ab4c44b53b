package org.stepwise.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.correspondence.LetterView;
import org.stepwise.correspondence.Letters;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;

/**
 * Appointments on a case: booking with the person told, attendance on its own page, follow-up after
 * a missed one; every mistake shown beside its field with what was typed kept.
 */
@StepwiseIntegrationTest
@EnableScenarios
class AppointmentIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired Appointments appointments;
  @Autowired Letters letters;

  private CaseId caseId;
  private UUID referral;

  @BeforeEach
  void aCase() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Appy");
    caseId = open.caseId();
    referral = open.referral();
  }

  private MockHttpServletRequestBuilder booking(LocalDate day, String time) {
    return post("/cases/" + caseId + "/appointments")
        .with(csrf())
        .with(PRACTITIONER)
        .param("on.day", "" + day.getDayOfMonth())
        .param("on.month", "" + day.getMonthValue())
        .param("on.year", "" + day.getYear())
        .param("time", time);
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private AppointmentId booked(Instant startsAt, Mode mode, String place) {
    return TestData.as(
        "practitioner", () -> appointments.book(caseId, startsAt, 30, mode, place), "PRACTITIONER");
  }

  /**
   * The letters of one template sent about the case's referral, read through the correspondence
   * module's API (not its table).
   */
  private List<LetterView> letters(String templateKey) {
    return TestData.as(
            "practitioner",
            () -> letters.forReferral(new org.stepwise.referral.ReferralId(referral)),
            "PRACTITIONER")
        .stream()
        .filter(l -> l.templateKey().equals(templateKey))
        .toList();
  }

  private static String body(LetterView letter) {
    return String.join("\n", letter.paragraphs());
  }

  @Test
  void anEmptyBookingNamesEveryFieldToFill() throws Exception {
    var html = page(post("/cases/" + caseId + "/appointments").with(csrf()).with(PRACTITIONER));
    var doc = Jsoup.parse(html);
    assertThat(doc.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#on-day", "#time", "#minutes", "#mode");
    assertThat(html)
        .contains("Enter the date of the appointment")
        .contains("Enter the time in 24-hour format")
        .contains("Enter the length in minutes")
        .contains("Choose how the appointment happens");
  }

  @Test
  void nonsenseIsExplainedBesideEachFieldAndWhatWasTypedIsKept() throws Exception {
    var html =
        page(
            post("/cases/" + caseId + "/appointments")
                .with(csrf())
                .with(PRACTITIONER)
                .param("on.day", "31")
                .param("on.month", "2")
                .param("on.year", "2027")
                .param("time", "25:00")
                .param("minutes", "forty")
                .param("mode", "BY_PIGEON")
                .param("place", "Room 4"));
    var doc = Jsoup.parse(html);
    assertThat(html)
        .contains("Enter the date of the appointment as a real date")
        .contains("Enter the time in 24-hour format")
        .contains("Enter the length in minutes")
        .contains("Choose how the appointment happens");
    assertThat(doc.select("#on-day").val()).isEqualTo("31");
    assertThat(doc.select("#time").val()).isEqualTo("25:00");
    assertThat(doc.select("#minutes").val()).isEqualTo("forty");
    assertThat(doc.select("#place").val()).isEqualTo("Room 4");
    assertThat(doc.select("#time-error").text()).contains("24-hour");

    var tooLong =
        Jsoup.parse(
            page(
                booking(LocalDate.now().plusDays(3), "10:00")
                    .param("minutes", "481")
                    .param("mode", "IN_PERSON")
                    .param("place", "x".repeat(Appointments.MAX_PLACE + 1))));
    assertThat(tooLong.select("#minutes-error").text()).contains("from 5 minutes to 8 hours");
    assertThat(tooLong.select("#place-error").text()).contains("500 characters or fewer");

    var noPlace =
        Jsoup.parse(
            page(
                booking(LocalDate.now().plusDays(3), "10:00")
                    .param("minutes", "45")
                    .param("mode", "IN_PERSON")));
    assertThat(noPlace.select("#place-error").text()).contains("Enter where the appointment is");
    assertThat(noPlace.select("input[name=mode][value=IN_PERSON]").attr("checked"))
        .isEqualTo("checked");
  }

  @Test
  void aTimeInThePastIsRefusedBesideTheDateByTheAppointmentsRule() throws Exception {
    var html =
        page(
            booking(LocalDate.now().minusDays(1), "9.30")
                .param("minutes", "45")
                .param("mode", "PHONE"));
    var doc = Jsoup.parse(html);
    assertThat(doc.select("#on-error").text()).contains("must be in the future");
    assertThat(doc.select("#time").val()).isEqualTo("9.30");
  }

  @Test
  void bookingTellsThePersonWhereAndShowsInTheDiaryAndTheEventKeepsNoPlace() throws Exception {
    var day = LocalDate.now().plusDays(3);
    mvc.perform(
            booking(day, "14:30")
                .param("minutes", "45")
                .param("mode", "IN_PERSON")
                .param("place", "Riverside Health Centre, room 4"))
        .andExpect(status().isFound());
    await().atMost(Duration.ofSeconds(15)).until(() -> letters("appointment").size() == 1);
    assertThat(body(letters("appointment").getFirst()))
        .contains("2:30pm")
        .contains("in person, at Riverside Health Centre, room 4");
    assertThat(
            jdbc.sql(
                    "select count(*) from event_publication where serialized_event like '%Riverside Health Centre%'")
                .query(Long.class)
                .single())
        .isZero();

    var diary =
        mvc.perform(get("/diary").param("week", day.toString()).with(PRACTITIONER))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(diary).contains("Appy F").contains("2:30pm").contains("45 minutes");
  }

  @Test
  void datesTooFarAwayAreExplainedNotFailed() throws Exception {
    mvc.perform(get("/diary").param("week", "+999999999-12-31").with(PRACTITIONER))
        .andExpect(status().isOk());
    mvc.perform(get("/diary").param("week", "-999999999-01-01").with(PRACTITIONER))
        .andExpect(status().isOk());
    var refused =
        page(
            post("/cases/" + caseId + "/appointments")
                .with(csrf())
                .with(PRACTITIONER)
                .param("on.day", "31")
                .param("on.month", "12")
                .param("on.year", "99999")
                .param("time", "10:00")
                .param("minutes", "45")
                .param("mode", "PHONE"));
    assertThat(refused)
        .contains("Enter the date of the appointment as a real date")
        .contains("value=\"99999\"");
  }

  @Test
  void attendanceIsRecordedOnItsOwnPageAndASecondSendSaysItIsAlreadyRecorded() throws Exception {
    var id = booked(Instant.now().plusSeconds(3600), Mode.PHONE, null);
    jdbc.sql("update appointment set starts_at = now() - interval '2 hours' where id = :id")
        .param("id", id.id())
        .update();
    var list = page(get("/cases/" + caseId + "/appointments").with(PRACTITIONER));
    assertThat(Jsoup.parse(list).select("a[href=/appointments/" + id + "/attendance]")).hasSize(1);
    var form = Jsoup.parse(page(get("/appointments/" + id + "/attendance").with(PRACTITIONER)));
    assertThat(form.select("[data-test=attendance-form] input[name=attendance]")).hasSize(4);

    var empty =
        Jsoup.parse(
            page(
                post("/appointments/" + id + "/attendance")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("note", "Rang twice")));
    assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#attendance");
    assertThat(empty.select("#attendance-error").text()).contains("Choose what happened");
    assertThat(empty.select("#note").text()).isEqualTo("Rang twice");

    var nonsense =
        Jsoup.parse(
            page(
                post("/appointments/" + id + "/attendance")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("attendance", "BOOKED")
                    .param("note", "x".repeat(Appointments.MAX_NOTE + 1))));
    assertThat(nonsense.select("#attendance-error").text()).contains("Choose what happened");
    assertThat(nonsense.select("#note-error").text()).contains("2000 characters or fewer");

    mvc.perform(
            post("/appointments/" + id + "/attendance")
                .with(csrf())
                .with(PRACTITIONER)
                .param("attendance", "DID_NOT_ATTEND")
                .param("note", "No answer"))
        .andExpect(status().isFound());
    var again =
        Jsoup.parse(
            page(
                post("/appointments/" + id + "/attendance")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("attendance", "DID_NOT_ATTEND")
                    .param("note", "No answer")));
    assertThat(again.select("#attendance-error").text())
        .contains("already been recorded as did not attend");
    assertThat(again.select("#note").text()).isEqualTo("No answer");
    // The page for an appointment already recorded goes back to the list.
    mvc.perform(get("/appointments/" + id + "/attendance").with(PRACTITIONER))
        .andExpect(status().isFound());

    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'MISSED_APPOINTMENT'")
                .param("c", caseId.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select status from care_case where id = :c")
                .param("c", caseId.id())
                .query(String.class)
                .single())
        .isEqualTo("OPEN");
  }

  @Test
  void attendanceBeforeTheAppointmentIsRefusedBesideTheChoice() throws Exception {
    var id = booked(Instant.now().plusSeconds(86_400), Mode.VIDEO, null);
    var html =
        Jsoup.parse(
            page(
                post("/appointments/" + id + "/attendance")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("attendance", "ATTENDED")));
    assertThat(html.select("#attendance-error").text())
        .contains("once the appointment has started");
    assertThat(html.select("input[name=attendance][value=ATTENDED]").attr("checked"))
        .isEqualTo("checked");
    assertThatThrownBy(() -> booked(Instant.now().minusSeconds(60), Mode.PHONE, null))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            refused -> assertThat(refused.messageKey()).isEqualTo("appointment.on.future"));
  }

  @Test
  void idsThatAreNotAppointmentsAreNotFound() throws Exception {
    mvc.perform(get("/appointments/not-an-id/attendance").with(PRACTITIONER))
        .andExpect(status().isNotFound());
    mvc.perform(get("/appointments/" + UUID.randomUUID() + "/attendance").with(PRACTITIONER))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/appointments/" + UUID.randomUUID() + "/attendance")
                .with(csrf())
                .with(PRACTITIONER)
                .param("attendance", "ATTENDED"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/cases/not-a-case/appointments").with(PRACTITIONER))
        .andExpect(status().isNotFound());
  }

  @Test
  void tomorrowsAppointmentsGetOneReminder(Scenario scenario) {
    booked(Instant.now().plus(Duration.ofHours(20)), Mode.VIDEO, "https://meet.example/abc");
    // The reminder is due (AppointmentReminderDue), and correspondence sends it when it hears.
    scenario
        .stimulate(() -> appointments.remindTomorrow())
        .andWaitForStateChange(() -> letters("appointment-reminder"), sent -> !sent.isEmpty())
        .andVerify(
            sent -> {
              assertThat(sent).hasSize(1);
              assertThat(body(sent.getFirst())).contains("by video call: https://meet.example/abc");
            });
    assertThat(appointments.remindTomorrow()).as("nothing more is due").isZero();
  }

  @Test
  void theSameBookingSentTwiceBooksOnceAndAnotherAtThatTimeIsRefusedBesideTheTime()
      throws Exception {
    var day = LocalDate.now().plusDays(4);
    for (int i = 0; i < 2; i++) {
      mvc.perform(booking(day, "11:00").param("minutes", "30").param("mode", "PHONE"))
          .andExpect(status().isFound());
    }
    assertThat(TestData.as("practitioner", () -> appointments.forCase(caseId), "PRACTITIONER"))
        .hasSize(1);

    var other =
        Jsoup.parse(
            page(
                booking(day, "11:00")
                    .param("minutes", "60")
                    .param("mode", "IN_PERSON")
                    .param("place", "Room 2")));
    assertThat(other.select("#time-error").text())
        .contains("There is already an appointment booked on this case at that time");
    assertThat(other.select("#place").val()).isEqualTo("Room 2");
    assertThat(TestData.as("practitioner", () -> appointments.forCase(caseId), "PRACTITIONER"))
        .hasSize(1);
    // The person is told once.
    await().atMost(Duration.ofSeconds(15)).until(() -> letters("appointment").size() == 1);
    mvc.perform(booking(day, "14:00").param("minutes", "30").param("mode", "PHONE"))
        .andExpect(status().isFound());
    await().atMost(Duration.ofSeconds(15)).until(() -> letters("appointment").size() == 2);
    assertThat(letters("appointment"))
        .extracting(AppointmentIT::body)
        .anyMatch(b -> b.contains(" at 11am"))
        .anyMatch(b -> b.contains(" at 2pm"));
  }
}
