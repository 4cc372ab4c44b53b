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
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Caseloads;
import org.stepwise.programme.Programmes;

/**
 * Appointments on a case: booking with the person told, attendance, follow-up after a missed one.
 */
@StepwiseIntegrationTest
class AppointmentIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Caseloads caseloads;
  @Autowired Appointments appointments;

  private UUID caseId;
  private UUID referral;

  @BeforeEach
  void aCase() throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, caseloads, "Appy");
    caseId = open.caseId();
    referral = open.referral();
  }

  @Test
  void bookingTellsThePersonAndShowsInTheDiary() throws Exception {
    var day = LocalDate.now().plusDays(3);
    var refused =
        mvc.perform(
                post("/cases/" + caseId + "/appointments")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("on-day", "31")
                    .param("on-month", "2")
                    .param("on-year", "2027")
                    .param("time", "25:00")
                    .param("minutes", "forty")
                    .param("place", "Room 4"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Enter the date of the appointment as a real date")
        .contains("Enter the time in 24-hour format")
        .contains("Enter the length in minutes")
        .contains("Choose how the appointment happens")
        .contains("value=\"Room 4\"");

    mvc.perform(
            post("/cases/" + caseId + "/appointments")
                .with(csrf())
                .with(PRACTITIONER)
                .param("on-day", "" + day.getDayOfMonth())
                .param("on-month", "" + day.getMonthValue())
                .param("on-year", "" + day.getYear())
                .param("time", "14:30")
                .param("minutes", "45")
                .param("mode", "IN_PERSON")
                .param("place", "Riverside Health Centre, room 4"))
        .andExpect(status().isFound());
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from letter where referral_id = :r and template_key = 'appointment'")
                        .param("r", referral)
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(
            jdbc.sql(
                    "select inputs from letter where referral_id = :r and template_key = 'appointment'")
                .param("r", referral)
                .query(String.class)
                .single())
        .contains("2:30pm")
        .contains("in person, at Riverside Health Centre, room 4");

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
        mvc.perform(
                post("/cases/" + caseId + "/appointments")
                    .with(csrf())
                    .with(PRACTITIONER)
                    .param("on-day", "31")
                    .param("on-month", "12")
                    .param("on-year", "99999")
                    .param("time", "10:00")
                    .param("minutes", "45")
                    .param("mode", "PHONE"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Enter the date of the appointment as a real date")
        .contains("value=\"99999\"");
  }

  @Test
  void aMissedAppointmentRaisesAFollowUpAndDoesNotCloseTheCase() throws Exception {
    var id =
        TestData.as(
            "practitioner",
            () ->
                appointments.book(
                    caseId, java.time.Instant.now().plusSeconds(3600), 30, Mode.PHONE, null),
            "PRACTITIONER");
    jdbc.sql("update appointment set starts_at = now() - interval '2 hours' where id = :id")
        .param("id", id)
        .update();
    mvc.perform(
            post("/appointments/" + id + "/attendance")
                .with(csrf())
                .with(PRACTITIONER)
                .param("attendance", "DID_NOT_ATTEND"))
        .andExpect(status().isFound());
    assertThat(
            jdbc.sql(
                    "select count(*) from work_item where care_case_id = :c and kind = 'MISSED_APPOINTMENT'")
                .param("c", caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select status from care_case where id = :c")
                .param("c", caseId)
                .query(String.class)
                .single())
        .isEqualTo("OPEN");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> {
                      appointments.record(id, Attendance.ATTENDED, null);
                      return null;
                    },
                    "PRACTITIONER"))
        .hasMessageContaining("already been recorded");
  }

  @Test
  void attendanceCannotBeRecordedBeforeTheAppointment() {
    var id =
        TestData.as(
            "practitioner",
            () ->
                appointments.book(
                    caseId, java.time.Instant.now().plusSeconds(86_400), 30, Mode.VIDEO, null),
            "PRACTITIONER");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> {
                      appointments.record(id, Attendance.ATTENDED, null);
                      return null;
                    },
                    "PRACTITIONER"))
        .hasMessageContaining("once the appointment has started");
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () ->
                        appointments.book(
                            caseId, java.time.Instant.now().minusSeconds(60), 30, Mode.PHONE, null),
                    "PRACTITIONER"))
        .hasMessageContaining("future");
  }

  @Test
  void tomorrowsAppointmentsGetOneReminder() {
    TestData.as(
        "practitioner",
        () ->
            appointments.book(
                caseId, java.time.Instant.now().plus(Duration.ofHours(20)), 30, Mode.PHONE, null),
        "PRACTITIONER");
    appointments.remindTomorrow();
    appointments.remindTomorrow();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from letter where referral_id = :r and template_key = 'appointment-reminder'")
                        .param("r", referral)
                        .query(Long.class)
                        .single()
                    == 1);
  }
}
