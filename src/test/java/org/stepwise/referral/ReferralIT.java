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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.person.NewPerson;
import org.stepwise.person.People;

/** Adding referrals through the form, on the real database: validation, storage, audit, events. */
@StepwiseIntegrationTest
@RecordApplicationEvents
class ReferralIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired People people;
  @Autowired TransactionTemplate transactions;

  private static MockHttpServletRequestBuilder referral(String givenName, String familyName) {
    return post("/referrals/new")
        .with(csrf())
        .param("givenName", givenName)
        .param("familyName", familyName)
        .param("dobDay", "3")
        .param("dobMonth", "9")
        .param("dobYear", "1971")
        .param("nhsNumber", "999 993 9082")
        .param("email", "")
        .param("phone", "07700 900123")
        .param("source", "GP")
        .param("conditions", "CHRONIC_LOW_BACK_PAIN")
        .param("employmentStatus", "EMPLOYED_OFF_SICK")
        .param("reason", "Off work for 8 weeks with back pain.");
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private UUID referralIdOf(String familyName) {
    return jdbc.sql(
            "select r.id from referral r join person p on p.id = r.person_id"
                + " where p.family_name = :name")
        .param("name", familyName)
        .query(UUID.class)
        .single();
  }

  @Test
  void aPractitionerAddsAReferralAndItIsStoredAuditedAndAnnounced() throws Exception {
    mvc.perform(referral("Gwen", "Stored").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/waiting-list"));

    var id = referralIdOf("Stored");
    var row =
        jdbc.sql("select status, source, employment_status, referred_by, created_by from referral where id = :id")
            .param("id", id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("status", "RECEIVED")
        .containsEntry("source", "GP")
        .containsEntry("employment_status", "EMPLOYED_OFF_SICK")
        .containsEntry("referred_by", "practitioner")
        .containsEntry("created_by", "practitioner");
    assertThat(
            jdbc.sql("select nhs_number from person p join referral r on r.person_id = p.id where r.id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("9999939082");

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
              assertThat(event.source()).isEqualTo(ReferralSource.GP);
            });
  }

  @Test
  void anInvalidReferralShowsEveryProblemKeepsTheInputAndSavesNothing() throws Exception {
    long people = count("person");
    long referrals = count("referral");
    long auditRows = count("audit_event");

    var page =
        mvc.perform(
                post("/referrals/new")
                    .with(csrf())
                    .with(user("practitioner").roles("PRACTITIONER"))
                    .param("givenName", "Keepme")
                    .param("familyName", "")
                    .param("dobDay", "31")
                    .param("dobMonth", "2")
                    .param("dobYear", "1990")
                    .param("nhsNumber", "943 476 5918")
                    .param("phone", "01632 960001")
                    .param("source", "PAIN_CLINIC")
                    .param("conditions", "OTHER")
                    .param("employmentStatus", "")
                    .param("reason", "Typed reason that must not be lost"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("<title>Error: Add a referral")
        .contains("There is a problem")
        .contains("Enter their last name")
        .contains("Date of birth must be a real date")
        .contains("Enter a valid NHS number")
        .contains("Name the other condition")
        .contains("Select their work situation, or say that you do not know")
        .contains("href=\"#familyName\"")
        .contains("href=\"#dobDay\"")
        .contains("value=\"Keepme\"")
        .contains("value=\"943 476 5918\"")
        .contains("value=\"01632 960001\"")
        .contains("Typed reason that must not be lost");
    assertThat(page.indexOf("Enter their last name"))
        .as("errors are listed in page order")
        .isLessThan(page.indexOf("Date of birth must be a real date"));

    assertThat(count("person")).isEqualTo(people);
    assertThat(count("referral")).isEqualTo(referrals);
    assertThat(count("audit_event")).isEqualTo(auditRows);
  }

  @Test
  void theWaitingListShowsTheReferralAndLogsTheRead() throws Exception {
    mvc.perform(referral("Wendy", "Waiting").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound());
    long reads =
        jdbc.sql("select count(*) from audit_event where record_type = 'waiting-list' and actor = 'manager'")
            .query(Long.class)
            .single();

    var page =
        mvc.perform(get("/waiting-list").with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("Wendy Waiting").contains("Today").contains("5 weeks and");
    assertThat(
            jdbc.sql("select count(*) from audit_event where record_type = 'waiting-list' and actor = 'manager'")
                .query(Long.class)
                .single())
        .isEqualTo(reads + 1);
  }

  @Test
  void openingAReferralLogsReadsOfTheReferralAndThePerson() throws Exception {
    mvc.perform(referral("Rhys", "Reader").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isFound());
    var id = referralIdOf("Reader");

    var page =
        mvc.perform(get("/referrals/" + id).with(user("manager").roles("MANAGER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("Rhys Reader").contains("999 993 9082");
    var reads =
        jdbc.sql(
                "select record_type from audit_event where action = 'READ' and actor = 'manager'"
                    + " and (record_id = :id or record_id = (select person_id from referral where id = :id))")
            .param("id", id)
            .query(String.class)
            .list();
    assertThat(reads).containsExactlyInAnyOrder("referral", "person");
  }

  @Test
  void anAuditRowIsWrittenInTheSameTransactionAsTheChange() {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "practitioner", null, AuthorityUtils.createAuthorityList("ROLE_PRACTITIONER")));
    SecurityContextHolder.setContext(context);
    long auditRows = count("audit_event");
    long persons = count("person");
    try {
      assertThatThrownBy(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        people.register(
                            new NewPerson("Roll", "Back", LocalDate.of(1980, 1, 1), null,
                                "r@example.com", null, null, null, null, null));
                        assertThat(count("audit_event")).isEqualTo(auditRows + 1);
                        throw new IllegalStateException("the change fails after the audit row");
                      }))
          .isInstanceOf(IllegalStateException.class);
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(count("person")).isEqualTo(persons);
    assertThat(count("audit_event")).isEqualTo(auditRows);
  }

  @Test
  void aReferrerSeesTheirOwnReferralButNotAnotherReferrers() throws Exception {
    mvc.perform(referral("Olu", "Own").with(user("dr-own").roles("REFERRER")))
        .andExpect(status().isFound());
    var id = referralIdOf("Own");

    mvc.perform(get("/referrals/" + id + "/received").with(user("dr-own").roles("REFERRER")))
        .andExpect(status().isOk());
    mvc.perform(get("/referrals/" + id).with(user("dr-other").roles("REFERRER")))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql("select count(*) from audit_event where actor = 'dr-other'")
                .query(Long.class)
                .single())
        .as("a refused read logs nothing and shows nothing")
        .isZero();
  }

  @Test
  void aReferrerIsSentToAConfirmationWithTheReference() throws Exception {
    var location =
        mvc.perform(referral("Cara", "Confirm").with(user("dr-confirm").roles("REFERRER")))
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
}
