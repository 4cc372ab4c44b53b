package org.stepwise.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.consent.ConsentMethod;
import org.stepwise.consent.Consents;
import org.stepwise.consent.NewConsent;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralReceived;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.triage.TriageId;

/**
 * Referrers hear what happened at each milestone, people are welcomed on acceptance, and nothing
 * goes without consent: letters that may not go are held with the reason.
 */
@StepwiseIntegrationTest
@RecordApplicationEvents
class FeedbackIT {

  @Autowired MockMvc mvc;
  @Autowired ApplicationEvents events;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired StaffAccounts accounts;
  @Autowired Consents consents;
  @Autowired Letters letters;
  @Autowired org.stepwise.correspondence.internal.EmailDispatch dispatch;
  @Autowired org.stepwise.caseload.Cases cases;
  @Autowired org.stepwise.plan.Plans plans;
  @Autowired org.stepwise.triage.Triage triageService;

  private ProgrammeId service;
  private String referrer;

  @BeforeEach
  void setUp() {
    service = TestData.jobRetentionService(programmes, "Letters test " + UUID.randomUUID());
    referrer = "dr-" + UUID.randomUUID().toString().substring(0, 8);
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    referrer,
                    "Dr Letter Tester",
                    referrer + "@surgery.example",
                    "a-long-password-here",
                    Set.of(Role.REFERRER))),
        "ADMIN");
  }

  private UUID refer(String family, String feedbackConsent, String email) throws Exception {
    mvc.perform(
            post("/referrals/new/" + service)
                .with(csrf())
                .with(user(referrer).roles("REFERRER"))
                .param("givenName", "Lena")
                .param("familyName", family)
                .param("dateOfBirth.day", "1")
                .param("dateOfBirth.month", "2")
                .param("dateOfBirth.year", "1980")
                .param("email", email)
                .param("addressLine1", "5 Elm Road")
                .param("postcode", "EX3 4EF")
                .param("source", "GP")
                .param("conditions", "CHRONIC_PAIN")
                .param("employmentStatus", "EMPLOYED_OFF_SICK")
                .param("reason", "Help back to work")
                .param("consentToContact", "yes")
                .param("consentToFeedback", feedbackConsent))
        .andExpect(status().isFound());
    return jdbc.sql(
            "select r.id from referral r join person p on p.id = r.person_id where p.family_name = :f")
        .param("f", family)
        .query(UUID.class)
        .single();
  }

  private List<LetterView> lettersFor(UUID referral) {
    return TestData.as(
        "practitioner", () -> letters.forReferral(new ReferralId(referral)), "PRACTITIONER");
  }

  private LetterView awaitLetter(UUID referral, String template) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> lettersFor(referral).stream().anyMatch(l -> l.templateKey().equals(template)));
    return lettersFor(referral).stream()
        .filter(l -> l.templateKey().equals(template))
        .findFirst()
        .orElseThrow();
  }

  private static String family() {
    return "L" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theReferrerIsToldTheReferralArrivedWhenThePersonAgreed() throws Exception {
    var referral = refer(family(), "yes", "lena@example.com");
    var letter = awaitLetter(referral, "referral-received");
    assertThat(letter.audience()).isEqualTo(Audience.REFERRER);
    assertThat(letter.recipientName()).isEqualTo("Dr Letter Tester");
    assertThat(letter.recipientEmail()).isEqualTo(referrer + "@surgery.example");
    assertThat(letter.channel()).isEqualTo(Channel.EMAIL);
    assertThat(letter.status()).isIn(LetterStatus.QUEUED, LetterStatus.SENDING, LetterStatus.SENT);
    assertThat(letter.subject()).startsWith("Referral SW-").contains("received: Lena");
    assertThat(pdfText(letter))
        .contains("Dear Dr Letter Tester")
        .contains("Thank you for referring Lena")
        .contains("Taking part is voluntary");
  }

  @Test
  void withoutConsentFeedbackIsHeldWithTheReasonAndReleasedOnceConsentIsRecorded()
      throws Exception {
    var referral = refer(family(), "no", "lena@example.com");
    var held = awaitLetter(referral, "referral-received");
    assertThat(held.status()).isEqualTo(LetterStatus.HELD);
    assertThat(held.heldReason())
        .contains("No consent is recorded for sharing with the person who referred them");
    var page =
        mvc.perform(get("/referrals/" + referral).with(user("practitioner").roles("PRACTITIONER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Held back").contains("No consent is recorded");

    var person =
        new PersonId(
            jdbc.sql("select person_id from referral where id = :id")
                .param("id", referral)
                .query(UUID.class)
                .single());
    TestData.as(
        "practitioner",
        () ->
            consents.record(
                person,
                new NewConsent(
                    RecipientType.REFERRER,
                    null,
                    Purpose.CARE_COORDINATION,
                    LocalDate.now(),
                    ConsentMethod.VERBAL,
                    null,
                    null)),
        "PRACTITIONER");
    mvc.perform(
            post("/referrals/" + referral + "/letters/retry")
                .with(csrf())
                .with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound());
    assertThat(lettersFor(referral))
        .filteredOn(l -> l.templateKey().equals("referral-received"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.status())
                    .isIn(LetterStatus.QUEUED, LetterStatus.SENDING, LetterStatus.SENT));
  }

  @Test
  void onAcceptanceTheReferrerHearsAndThePersonGetsAWelcomeSayingWhatTheServiceIsNot()
      throws Exception {
    var referral = refer(family(), "yes", "");
    mvc.perform(
        post("/referrals/" + referral + "/start-review")
            .with(csrf())
            .with(user("practitioner").roles("PRACTITIONER")));
    mvc.perform(
        post("/referrals/" + referral + "/accept")
            .with(csrf())
            .with(user("practitioner").roles("PRACTITIONER")));
    assertThat(pdfText(awaitLetter(referral, "referral-accepted")))
        .contains("Dear Dr Letter Tester")
        .contains("Lena");
    var welcome = awaitLetter(referral, "welcome");
    assertThat(welcome.audience()).isEqualTo(Audience.CLIENT);
    assertThat(welcome.channel()).as("no email address given, so by post").isEqualTo(Channel.POST);
    assertThat(welcome.status()).isEqualTo(LetterStatus.AWAITING_POST);
    assertThat(welcome.recipientAddress()).contains("5 Elm Road", "EX3 4EF");
    var pdf =
        TestData.as("practitioner", () -> letters.pdf(welcome.id()).orElseThrow(), "PRACTITIONER");
    try (var document = Loader.loadPDF(pdf)) {
      var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Dear Lena,")
          .contains("We are not here to test whether you are fit for work")
          .contains("We do not work for your employer")
          .contains("Taking part is your choice")
          .contains("5 Elm Road");
    }
  }

  @Test
  void aDeclineLetterGivesTheReasonInPlainWords() throws Exception {
    var referral = refer(family(), "yes", "lena@example.com");
    mvc.perform(
        post("/referrals/" + referral + "/start-review")
            .with(csrf())
            .with(user("manager").roles("MANAGER")));
    mvc.perform(
        post("/referrals/" + referral + "/decline")
            .with(csrf())
            .with(user("manager").roles("MANAGER"))
            .param(
                "reason",
                "She lives outside our area; we have passed on the details of her local service."));
    var letter = awaitLetter(referral, "referral-declined");
    var pdf =
        TestData.as("practitioner", () -> letters.pdf(letter.id()).orElseThrow(), "PRACTITIONER");
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains(
              "Our reason: She lives outside our area; we have passed on the details of her local service.")
          .contains("Dr Letter Tester");
    }
  }

  @Test
  void aDeferralLetterGivesTheReviewDate() throws Exception {
    var referral = refer(family(), "yes", "lena@example.com");
    var when = LocalDate.now().plusWeeks(8);
    mvc.perform(
        post("/referrals/" + referral + "/defer")
            .with(csrf())
            .with(user("practitioner").roles("PRACTITIONER"))
            .param("review.day", "" + when.getDayOfMonth())
            .param("review.month", "" + when.getMonthValue())
            .param("review.year", "" + when.getYear())
            .param("reason", "Just gone off work"));
    var letter = awaitLetter(referral, "referral-deferred");
    String date =
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
            .format(when);
    assertThat(letter.subject()).contains("we will look again on " + date);
    assertThat(pdfText(letter)).contains(date).contains("You do not need to refer them again");
  }

  @Test
  void consentWithdrawnAfterALetterWasQueuedStopsItAtTheMomentOfSending() throws Exception {
    var referral = refer(family(), "yes", "lena@example.com");
    var letter = awaitLetter(referral, "referral-received");
    jdbc.sql(
            "update letter set status = 'QUEUED', sent_at = null, next_attempt_at = now() + interval '1 hour'"
                + " where id = :id")
        .param("id", letter.id().id())
        .update();
    var person =
        new PersonId(
            jdbc.sql("select person_id from referral where id = :id")
                .param("id", referral)
                .query(UUID.class)
                .single());
    var consent =
        TestData.as("practitioner", () -> consents.history(person), "PRACTITIONER").getFirst();
    TestData.as(
        "practitioner",
        () -> {
          consents.withdraw(consent.id(), LocalDate.now(), "Changed their mind");
          return null;
        },
        "PRACTITIONER");
    jdbc.sql("update letter set next_attempt_at = now() - interval '1 second' where id = :id")
        .param("id", letter.id().id())
        .update();

    // Everything due (the demo's own letters may be due first), and again while the scheduled
    // sender holds it: whichever sends it must hold it.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              dispatch.sendBatch(10_000);
              assertThat(statusOf(referral, letter)).isEqualTo(LetterStatus.HELD);
            });
    var after =
        lettersFor(referral).stream()
            .filter(l -> l.id().equals(letter.id()))
            .findFirst()
            .orElseThrow();
    assertThat(after.heldReason()).contains("was withdrawn on");
  }

  @Test
  void aRepeatedEventMakesNoSecondLetter() throws Exception {
    var referral = refer(family(), "yes", "lena@example.com");
    awaitLetter(referral, "referral-received");
    long before =
        jdbc.sql("select count(*) from letter where referral_id = :id")
            .param("id", referral)
            .query(Long.class)
            .single();
    var received =
        events.stream(ReferralReceived.class)
            .filter(e -> e.referralId().id().equals(referral))
            .findFirst()
            .orElseThrow();
    // Delivered again, as after a restart with the first delivery unconfirmed.
    transactions.executeWithoutResult(status -> publisher.publishEvent(received));
    String onlyThis = "%" + referral + "%";
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql("select count(*) from event_publication where serialized_event like :id")
                        .param("id", onlyThis)
                        .query(Long.class)
                        .single()
                    == 0);
    assertThat(
            jdbc.sql("select count(*) from letter where referral_id = :id")
                .param("id", referral)
                .query(Long.class)
                .single())
        .as("the event was delivered again, and made no second letter")
        .isEqualTo(before);
  }

  @Test
  void completedEventsLeaveNothingAboutThePersonInTheEventTable() throws Exception {
    var referral = refer(family(), "yes", "lena@example.com");
    awaitLetter(referral, "referral-received");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql("select count(*) from event_publication where serialized_event like :id")
                        .param("id", "%" + referral + "%")
                        .query(Long.class)
                        .single()
                    == 0);
  }

  private LetterStatus statusOf(UUID referral, LetterView letter) {
    return lettersFor(referral).stream()
        .filter(l -> l.id().equals(letter.id()))
        .findFirst()
        .orElseThrow()
        .status();
  }

  private String pdfText(LetterView letter) throws Exception {
    var pdf =
        TestData.as("practitioner", () -> letters.pdf(letter.id()).orElseThrow(), "PRACTITIONER");
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private List<LetterView> all(UUID referral, String template) {
    return lettersFor(referral).stream().filter(l -> l.templateKey().equals(template)).toList();
  }

  @Test
  void thePersonLearnsWhoTheirWorkerIsAndTheReferrerHearsWhenThePlanIsAgreedAndWhenTheyFinish()
      throws Exception {
    var practitioner = user("practitioner").roles("PRACTITIONER");
    var referral = refer(family(), "yes", "lena@example.com");
    mvc.perform(post("/referrals/" + referral + "/start-review").with(csrf()).with(practitioner));
    mvc.perform(post("/referrals/" + referral + "/accept").with(csrf()).with(practitioner));
    var triage = TestData.awaitTriage(triageService, referral).id();
    mvc.perform(
        post("/triage/" + triage)
            .with(csrf())
            .with(practitioner)
            .param("employmentStatus", "EMPLOYED_OFF_SICK")
            .param("jobAtRisk", "NO")
            .param("confidence", "6")
            .param("painInterference", "5")
            .param("fatigueInterference", "4")
            .param("cognitionInterference", "1")
            .param("moodInterference", "3")
            .param("help", "RETURN_TO_WORK"));
    mvc.perform(
        post("/triage/" + triage + "/step").with(csrf()).with(practitioner).param("step", "1"));
    TestData.roomForTestCases(jdbc);
    var caseId =
        TestData.as(
            "practitioner",
            () -> cases.open(new TriageId(triage), "practitioner", null),
            "PRACTITIONER");

    var first = awaitLetter(referral, "your-worker");
    assertThat(first.audience()).isEqualTo(Audience.CLIENT);
    assertThat(first.recipientEmail()).isEqualTo("lena@example.com");
    assertThat(pdfText(first))
        .contains("Dear Lena")
        .contains("Your worker at Letters test")
        .contains("is Priya Shah")
        .contains("Taking part is your choice");

    TestData.as(
        "practitioner",
        () -> {
          plans.write(
              caseId, null, "Back at work three days a week", null, "Rest breaks every hour", null);
          return plans.agree(caseId, plans.forCase(caseId).version(), "In person");
        },
        "PRACTITIONER");
    var agreed = awaitLetter(referral, "plan-agreed");
    assertThat(agreed.audience()).isEqualTo(Audience.REFERRER);
    assertThat(pdfText(agreed))
        .contains("Dear Dr Letter Tester")
        .contains("has agreed a plan with their worker");

    TestData.as(
        "manager",
        () -> {
          cases.reassign(
              caseId, "jordan", "Priya is going on leave", "Lena prefers mornings", null);
          return null;
        },
        "MANAGER");
    await().atMost(Duration.ofSeconds(15)).until(() -> all(referral, "your-worker").size() == 2);
    var change =
        all(referral, "your-worker").stream()
            .filter(l -> !l.id().equals(first.id()))
            .findFirst()
            .orElseThrow();
    assertThat(pdfText(change)).contains("has changed. Your new worker is Jordan Blake");

    mvc.perform(
        post("/cases/" + caseId + "/close")
            .with(csrf())
            .with(user("jordan").roles("PRACTITIONER"))
            .param("outcome", "RETURNED_TO_WORK")
            .param("summary", "Back three days a week"));
    var discharged = awaitLetter(referral, "discharged");
    assertThat(pdfText(discharged))
        .contains("has now finished with the service")
        .contains("The outcome: went back to work after time off.")
        .contains("Their worker's summary: Back three days a week");
  }
}
