package org.stepwise.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.person.NewPerson;
import org.stepwise.person.People;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;

/**
 * Professional referrals through the form, on the real database: validation, storage, audit,
 * events, duplicates, and who may see what.
 */
@StepwiseIntegrationTest
@RecordApplicationEvents
class ReferralIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired People people;
  @Autowired Programmes programmes;
  @Autowired TransactionTemplate transactions;

  private ProgrammeId service;

  @BeforeEach
  void service() {
    service =
        TestData.jobRetentionService(programmes, "Referral test service " + UUID.randomUUID());
  }

  private MockHttpServletRequestBuilder referral(String givenName, String familyName, String nhs) {
    return post("/referrals/new/" + service)
        .with(csrf())
        .param("givenName", givenName)
        .param("familyName", familyName)
        .param("dateOfBirth.day", "3")
        .param("dateOfBirth.month", "9")
        .param("dateOfBirth.year", "1971")
        .param("nhsNumber", nhs)
        .param("email", "")
        .param("phone", "07700 900123")
        .param("source", "GP")
        .param("conditions", "CHRONIC_LOW_BACK_PAIN")
        .param("employmentStatus", "EMPLOYED_OFF_SICK")
        .param("weeksOffWork", "8")
        .param("reason", "Off work for 8 weeks with back pain.")
        .param("consentToContact", "yes")
        .param("consentToFeedback", "yes");
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private UUID referralIdOf(String familyName) {
    return jdbc.sql(
            "select r.id from referral r join person p on p.id = r.person_id"
                + " where p.family_name = :name order by r.received_at limit 1")
        .param("name", familyName)
        .query(UUID.class)
        .single();
  }

  private static String unique() {
    return "X" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aPractitionerAddsAReferralAndItIsStoredAuditedAndAnnounced() throws Exception {
    mvc.perform(referral("Gwen", "Stored", "").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/referrals"));

    var id = referralIdOf("Stored");
    var row =
        jdbc.sql(
                "select status, source, channel, employment_status, weeks_off_work, referred_by,"
                    + " created_by, consent_to_contact, programme_id from referral where id = :id")
            .param("id", id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("status", "RECEIVED")
        .containsEntry("source", "GP")
        .containsEntry("channel", "PROFESSIONAL_FORM")
        .containsEntry("employment_status", "EMPLOYED_OFF_SICK")
        .containsEntry("weeks_off_work", 8)
        .containsEntry("referred_by", "practitioner")
        .containsEntry("created_by", "practitioner")
        .containsEntry("consent_to_contact", true)
        .containsEntry("programme_id", service.id());

    var audit =
        jdbc.sql(
                "select action || ' ' || record_type || ' ' || actor || ' ' || actor_roles"
                    + " from audit_event where record_id = :id or record_id ="
                    + " (select person_id from referral where id = :id)")
            .param("id", id)
            .query(String.class)
            .list();
    assertThat(audit)
        .contains(
            "CREATE referral practitioner PRACTITIONER", "CREATE person practitioner PRACTITIONER");
    assertThat(events.stream(ReferralReceived.class))
        .anySatisfy(
            event -> {
              assertThat(event.referralId().id()).isEqualTo(id);
              assertThat(event.programmeId()).isEqualTo(service);
              assertThat(event.channel()).isEqualTo(ReferralChannel.PROFESSIONAL_FORM);
            });
  }

  @Test
  void anInvalidReferralShowsEveryProblemKeepsTheInputAndSavesNothing() throws Exception {
    long persons = count("person");
    long referrals = count("referral");
    long auditRows = count("audit_event");

    var page =
        mvc.perform(
                post("/referrals/new/" + service)
                    .with(csrf())
                    .with(user("practitioner").roles("PRACTITIONER"))
                    .param("givenName", "Keepme")
                    .param("familyName", "")
                    .param("dateOfBirth.day", "31")
                    .param("dateOfBirth.month", "2")
                    .param("dateOfBirth.year", "1990")
                    .param("nhsNumber", "943 476 5918")
                    .param("phone", "01632 960001")
                    .param("source", "PAIN_CLINIC")
                    .param("conditions", "OTHER")
                    .param("employmentStatus", "")
                    .param("weeksOffWork", "a few")
                    .param("reason", "Typed reason that must not be lost"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("<title>Error: Refer someone to")
        .contains("There is a problem")
        .contains("Enter their last name")
        .contains("Date of birth must be a real date")
        .contains("Enter a valid NHS number")
        .contains("Name the other condition")
        .contains("Select their work situation, or say that you do not know")
        .contains("Weeks off work must be a whole number")
        .contains("Say whether the person agrees to be contacted")
        .contains("href=\"#familyName\"")
        .contains("href=\"#dateOfBirth-day\"")
        .contains("value=\"Keepme\"")
        .contains("value=\"943 476 5918\"")
        .contains("value=\"01632 960001\"")
        .contains("value=\"a few\"")
        .contains("Typed reason that must not be lost");
    assertThat(page.indexOf("Enter their last name"))
        .as("errors are listed in page order")
        .isLessThan(page.indexOf("Date of birth must be a real date"));
    assertThat(count("person")).isEqualTo(persons);
    assertThat(count("referral")).isEqualTo(referrals);
    assertThat(count("audit_event")).isEqualTo(auditRows);
  }

  @Test
  void theWaitingListShowsTheReferralAndLogsTheRead() throws Exception {
    mvc.perform(referral("Wendy", "Waiting", "").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound());
    long reads =
        jdbc.sql(
                "select count(*) from audit_event where record_type = 'waiting-list' and actor = 'manager'")
            .query(Long.class)
            .single();
    var first =
        mvc.perform(get("/waiting-list").with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(first).as("longest wait first").contains("5 weeks and");
    long open =
        jdbc.sql(
                "select count(*) from referral where status in ('RECEIVED', 'UNDER_REVIEW', 'ACCEPTED')")
            .query(Long.class)
            .single();
    long lastPage = (open + Referrals.PAGE_SIZE - 1) / Referrals.PAGE_SIZE;
    var last =
        mvc.perform(
                get("/waiting-list")
                    .param("page", "" + lastPage)
                    .with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(last).as("newest last").contains("Wendy Waiting").contains("Today");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where record_type = 'waiting-list' and actor = 'manager'")
                .query(Long.class)
                .single())
        .isEqualTo(reads + 2);
  }

  @Test
  void openingAReferralShowsItsEligibilityAndLogsReadsOfTheReferralAndThePerson() throws Exception {
    mvc.perform(referral("Rhys", "Reader", "").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound());
    var id = referralIdOf("Reader");
    // The acknowledgement letter is written when correspondence hears of the referral.
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.sql("select count(*) from letter where referral_id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single(),
            n -> n > 0);

    var page =
        mvc.perform(get("/referrals/" + id).with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Rhys Reader")
        .contains("Age between 18 and 64")
        .contains("Met")
        .contains("Start review");
    var reads =
        jdbc.sql(
                "select record_type from audit_event where action = 'READ' and actor = 'manager'"
                    + " and (record_id = :id or record_id = (select person_id from referral where id = :id))")
            .param("id", id)
            .query(String.class)
            .list();
    assertThat(reads).containsExactlyInAnyOrder("referral", "person", "consent-history", "letters");
  }

  @Test
  void anAuditRowIsWrittenInTheSameTransactionAsTheChange() {
    long auditRows = count("audit_event");
    long persons = count("person");
    TestData.as(
        "practitioner",
        () -> {
          assertThatThrownBy(
                  () ->
                      transactions.executeWithoutResult(
                          status -> {
                            people.register(
                                new NewPerson(
                                    "Roll",
                                    "Back",
                                    LocalDate.of(1980, 1, 1),
                                    null,
                                    "r@example.com",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
                            assertThat(count("audit_event")).isEqualTo(auditRows + 1);
                            throw new IllegalStateException("the change fails after the audit row");
                          }))
              .isInstanceOf(IllegalStateException.class);
          return null;
        },
        "PRACTITIONER");
    assertThat(count("person")).isEqualTo(persons);
    assertThat(count("audit_event")).isEqualTo(auditRows);
  }

  @Test
  void aReferrerSeesTheirOwnReferralsButNeverAnotherReferrers() throws Exception {
    String family = unique();
    mvc.perform(referral("Olu", family, "").with(user("dr-own").roles("REFERRER")))
        .andExpect(status().isFound());
    var id = referralIdOf(family);

    mvc.perform(get("/referrals/" + id + "/received").with(user("dr-own").roles("REFERRER")))
        .andExpect(status().isOk());
    // The same answer as for a referral that does not exist: it does not say this one does.
    mvc.perform(get("/referrals/" + id).with(user("dr-other").roles("REFERRER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/referrals/" + UUID.randomUUID()).with(user("dr-other").roles("REFERRER")))
        .andExpect(status().isNotFound());
    var mine =
        mvc.perform(get("/my-referrals").with(user("dr-own").roles("REFERRER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mine).contains("Olu " + family).contains("Received");
    var theirs =
        mvc.perform(get("/my-referrals").with(user("dr-other").roles("REFERRER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(theirs).doesNotContain(family);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where actor = 'dr-other' and record_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .as("a refused read logs nothing and shows nothing")
        .isZero();
  }

  @Test
  void aReferrerIsSentToAConfirmationWithTheReference() throws Exception {
    var location =
        mvc.perform(referral("Cara", unique(), "").with(user("dr-confirm").roles("REFERRER")))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/referrals/[0-9a-f-]+/received");
    var page =
        mvc.perform(get(location).with(user("dr-confirm").roles("REFERRER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Referral sent").containsPattern("SW-[A-Z0-9]{4}-[A-Z0-9]{4}");
  }

  @Test
  void aSecondReferralForTheSameNhsNumberWarnsAndLinksInsteadOfCreatingARecord() throws Exception {
    String family = unique();
    mvc.perform(
            referral("Dana", family, "999 000 0050")
                .with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound());
    var first = referralIdOf(family);
    long referrals = count("referral");
    long persons = count("person");

    var page =
        mvc.perform(
                referral("Dana", "Differentname", "9990000050")
                    .with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("may already have an open referral")
        .contains("/referrals/" + first)
        .contains("Add to the existing referral");
    assertThat(count("referral")).isEqualTo(referrals);
    assertThat(count("person")).isEqualTo(persons);

    mvc.perform(
            referral("Dana", "Differentname", "9990000050")
                .param("action", "add")
                .param("existing", first.toString())
                .with(user("manager").roles("MANAGER")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/referrals/" + first));
    assertThat(count("referral")).isEqualTo(referrals);
    assertThat(
            jdbc.sql("select text from referral_note where referral_id = :id")
                .param("id", first)
                .query(String.class)
                .list())
        .anySatisfy(
            note ->
                assertThat(note)
                    .contains("Referred again by manager")
                    .contains("Off work for 8 weeks"));
  }

  @Test
  void aSecondReferralFromSomeoneWhoCannotSeeTheFirstIsRecordedFlaggedAndRevealsNothing()
      throws Exception {
    String family = unique();
    mvc.perform(referral("Eve", family, "").with(user("dr-first").roles("REFERRER")))
        .andExpect(status().isFound());
    var first = referralIdOf(family);
    String firstReference =
        jdbc.sql("select reference from referral where id = :id")
            .param("id", first)
            .query(String.class)
            .single();

    // H1: the second referrer is answered exactly as for someone the service does not know.
    var sent =
        mvc.perform(
                referral("eve", family.toUpperCase(), "").with(user("dr-second").roles("REFERRER")))
            .andExpect(status().isFound())
            .andReturn();
    String location = sent.getResponse().getRedirectedUrl();
    assertThat(location).endsWith("/received").doesNotContain(first.toString());
    var confirmation =
        mvc.perform(get(location).with(user("dr-second").roles("REFERRER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(confirmation)
        .contains("The service will check whether it already knows this person")
        .doesNotContain(first.toString())
        .doesNotContain(firstReference)
        .doesNotContain("may already have an open referral");

    // The team sees the possible duplicate on the new referral and merges it on the server.
    var second =
        jdbc.sql("select id from referral where possible_duplicate_of = :first")
            .param("first", first)
            .query(UUID.class)
            .single();
    var staffView =
        mvc.perform(get("/referrals/" + second).with(user("practitioner").roles("PRACTITIONER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(staffView).contains("This may be the same person as").contains(firstReference);
    mvc.perform(
            post("/referrals/" + second + "/merge")
                .with(csrf())
                .with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/referrals/" + first));
    assertThat(
            jdbc.sql("select status from referral where id = :id")
                .param("id", second)
                .query(String.class)
                .single())
        .isEqualTo("WITHDRAWN");
    assertThat(
            jdbc.sql("select text from referral_note where referral_id = :id")
                .param("id", first)
                .query(String.class)
                .list())
        .anySatisfy(n -> assertThat(n).startsWith("Merged from referral"));

    // The first referrer, who can see their own referral, is still warned and may add to it.
    var page =
        mvc.perform(referral("eve", family, "").with(user("dr-first").roles("REFERRER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("may already have an open referral").contains(firstReference);
  }

  @Test
  void htmlTypedIntoAFieldIsShownAsTextNeverRun() throws Exception {
    String family = unique();
    mvc.perform(
            referral("<script>alert('x')</script>", family, "")
                .param("reason", "<img src=x onerror=alert(1)> needs help")
                .with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound());
    var id = referralIdOf(family);
    var page =
        mvc.perform(get("/referrals/" + id).with(user("practitioner").roles("PRACTITIONER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x");
  }
}
