package org.stepwise.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.person.People;
import org.stepwise.person.PersonId;

/** The consent ledger on the real database: the gate other modules ask, and its web pages. */
@StepwiseIntegrationTest
class ConsentIT {

  @Autowired Consents consents;
  @Autowired People people;
  @Autowired org.stepwise.referral.ReferralIntake intake;
  @Autowired org.stepwise.referral.ReferralReview review;
  @Autowired org.stepwise.programme.Programmes programmes;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private PersonId person;

  @BeforeEach
  void person() {
    // Referred to a service the demo practitioner's team runs, so that she may open the record.
    var referred =
        TestData.referToDemoService(
            intake,
            programmes,
            "MS job retention (neurology)",
            "Connie",
            org.stepwise.programme.Condition.MULTIPLE_SCLEROSIS,
            org.stepwise.programme.EmploymentStatus.EMPLOYED_AT_WORK);
    person =
        TestData.as(
            "practitioner",
            () ->
                review
                    .find(new org.stepwise.referral.ReferralId(referred.referral()))
                    .orElseThrow()
                    .person()
                    .id(),
            "PRACTITIONER");
  }

  private ConsentId give(
      RecipientType type, String name, Purpose purpose, LocalDate given, LocalDate expires) {
    return TestData.as(
        "practitioner",
        () ->
            consents.record(
                person,
                new NewConsent(type, name, purpose, given, ConsentMethod.VERBAL, expires, null)),
        "PRACTITIONER");
  }

  @Test
  void withoutConsentNothingMayBeSharedAndThePractitionerIsToldWhy() {
    var decision = consents.check(person, RecipientType.GP, null, Purpose.CARE_COORDINATION);
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason())
        .isEqualTo("No consent is recorded for sharing with their gp for care coordination.");
  }

  @Test
  void activeConsentAllowsSharingWithThatRecipientForThatPurposeOnly() {
    var id =
        give(
            RecipientType.EMPLOYER_CONTACT,
            "Jo Bloggs",
            Purpose.EMPLOYER_LIAISON,
            LocalDate.now().minusDays(1),
            null);
    var allowed =
        consents.check(
            person, RecipientType.EMPLOYER_CONTACT, "Jo Bloggs", Purpose.EMPLOYER_LIAISON);
    assertThat(allowed.allowed()).isTrue();
    assertThat(allowed.consent()).isEqualTo(id);
    assertThat(
            consents
                .check(
                    person,
                    RecipientType.EMPLOYER_CONTACT,
                    "Someone Else",
                    Purpose.EMPLOYER_LIAISON)
                .allowed())
        .isFalse();
    assertThat(
            consents
                .check(person, RecipientType.EMPLOYER_CONTACT, "Jo Bloggs", Purpose.RESEARCH)
                .allowed())
        .isFalse();
  }

  @Test
  void expiredConsentBlocksWithTheDateItEnded() {
    give(
        RecipientType.REFERRER,
        null,
        Purpose.CARE_COORDINATION,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31));
    var decision = consents.check(person, RecipientType.REFERRER, null, Purpose.CARE_COORDINATION);
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason())
        .contains("expired on 31 December 2025")
        .contains("Ask the person");
  }

  @Test
  void theSameConsentRecordedTwiceIsKeptOnceSoWithdrawingItStopsSharing() {
    var given = LocalDate.now().minusDays(2);
    var first = give(RecipientType.GP, null, Purpose.CARE_COORDINATION, given, null);
    var again = give(RecipientType.GP, null, Purpose.CARE_COORDINATION, given, null);
    assertThat(again).isEqualTo(first);
    assertThat(TestData.as("practitioner", () -> consents.history(person), "PRACTITIONER"))
        .hasSize(1);
    TestData.as(
        "practitioner",
        () -> {
          consents.withdraw(first, LocalDate.now(), "Changed their mind");
          return null;
        },
        "PRACTITIONER");
    assertThat(consents.check(person, RecipientType.GP, null, Purpose.CARE_COORDINATION).allowed())
        .isFalse();
    // Given again after withdrawing, it is a new consent.
    assertThat(give(RecipientType.GP, null, Purpose.CARE_COORDINATION, given, null))
        .isNotEqualTo(first);
  }

  @Test
  void withdrawnConsentBlocksFromTheDayOfWithdrawal() {
    var id =
        give(
            RecipientType.CHARITY,
            "MS Society",
            Purpose.SIGNPOSTING,
            LocalDate.now().minusDays(30),
            null);
    TestData.as(
        "practitioner",
        () -> {
          consents.withdraw(id, LocalDate.now(), "No longer wants contact");
          return null;
        },
        "PRACTITIONER");
    var decision = consents.check(person, RecipientType.CHARITY, "MS Society", Purpose.SIGNPOSTING);
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).contains("was withdrawn on");
    assertThat(
            jdbc.sql(
                    "select action from audit_event where record_type = 'consent' and record_id = :id order by occurred_at")
                .param("id", id.id())
                .query(String.class)
                .list())
        .containsExactly("CREATE", "UPDATE");
  }

  @Test
  void aPractitionerRecordsConsentOnThePersonsRecordAndBadInputIsExplained() throws Exception {
    var page =
        mvc.perform(
                post("/people/" + person + "/consent/new")
                    .with(csrf())
                    .with(user("practitioner").roles("PRACTITIONER"))
                    .param("recipientType", "EMPLOYER_CONTACT")
                    .param("recipientName", "")
                    .param("given.day", "31")
                    .param("given.month", "2")
                    .param("given.year", "2026")
                    .param("note", "Kept note"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Enter the name of the person or organisation")
        .contains("Select what the information is for")
        .contains("Enter the date consent was given as a real date")
        .contains("Select how consent was given")
        .contains("Kept note");
    assertThat(
            consents
                .check(person, RecipientType.EMPLOYER_CONTACT, "HR", Purpose.EMPLOYER_LIAISON)
                .allowed())
        .isFalse();

    var today = LocalDate.now();
    mvc.perform(
            post("/people/" + person + "/consent/new")
                .with(csrf())
                .with(user("practitioner").roles("PRACTITIONER"))
                .param("recipientType", "EMPLOYER_CONTACT")
                .param("recipientName", "HR")
                .param("purpose", "EMPLOYER_LIAISON")
                .param("given.day", "" + today.getDayOfMonth())
                .param("given.month", "" + today.getMonthValue())
                .param("given.year", "" + today.getYear())
                .param("method", "WRITTEN"))
        .andExpect(status().isFound());
    assertThat(
            consents
                .check(person, RecipientType.EMPLOYER_CONTACT, "HR", Purpose.EMPLOYER_LIAISON)
                .allowed())
        .isTrue();
    var history =
        mvc.perform(
                get("/people/" + person + "/consent")
                    .with(user("practitioner").roles("PRACTITIONER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(history)
        .contains("HR (a named contact at their employer)")
        .contains("Active")
        .contains("Recorded by practitioner");
  }

  @Test
  void consentForSomeoneWhoDoesNotExistIsNotFoundAndFarDatesAreExplained() throws Exception {
    var today = LocalDate.now();
    mvc.perform(
            post("/people/" + java.util.UUID.randomUUID() + "/consent/new")
                .with(csrf())
                .with(user("practitioner").roles("PRACTITIONER"))
                .param("recipientType", "GP")
                .param("purpose", "CARE_COORDINATION")
                .param("given.day", "" + today.getDayOfMonth())
                .param("given.month", "" + today.getMonthValue())
                .param("given.year", "" + today.getYear())
                .param("method", "WRITTEN"))
        .andExpect(status().isNotFound());
    var page =
        mvc.perform(
                post("/people/" + person + "/consent/new")
                    .with(csrf())
                    .with(user("practitioner").roles("PRACTITIONER"))
                    .param("recipientType", "NOBODY")
                    .param("purpose", "CARE_COORDINATION")
                    .param("given.day", "1")
                    .param("given.month", "1")
                    .param("given.year", "2026")
                    .param("method", "WRITTEN")
                    .param("expires.day", "31")
                    .param("expires.month", "12")
                    .param("expires.year", "+999999999"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Select who the information may go to")
        .contains("Enter the expiry date as a real date, or leave it empty")
        .contains("value=\"+999999999\"");
    mvc.perform(
            post("/consents/" + java.util.UUID.randomUUID() + "/withdraw")
                .with(csrf())
                .with(user("practitioner").roles("PRACTITIONER"))
                .param("on.day", "1")
                .param("on.month", "1")
                .param("on.year", "2026"))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyPractitionersAndManagersSeeOrChangeConsent() throws Exception {
    mvc.perform(get("/people/" + person + "/consent").with(user("dr").roles("REFERRER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/people/" + person + "/consent/new")
                .with(csrf())
                .with(user("c").roles("COMMISSIONER")))
        .andExpect(status().isForbidden());
  }
}
