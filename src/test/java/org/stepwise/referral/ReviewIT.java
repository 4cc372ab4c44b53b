package org.stepwise.referral;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;

/** Reviewing referrals through the web pages: each decision, its guards, its record and event. */
@StepwiseIntegrationTest
@RecordApplicationEvents
class ReviewIT {

  private static final RequestPostProcessor PRACTITIONER =
      user("practitioner").roles("PRACTITIONER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired Programmes programmes;

  private ProgrammeId service;

  @BeforeEach
  void service() {
    service = TestData.jobRetentionService(programmes, "Review test service " + UUID.randomUUID());
  }

  /** The referral form as a referrer fills it in for the test's service. */
  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder referralForm(
      String givenName, String family, String employmentStatus, String reason) {
    return post("/referrals/new/" + service)
        .with(csrf())
        .with(user("dr-review").roles("REFERRER"))
        .param("givenName", givenName)
        .param("familyName", family)
        .with(TestData.date("dateOfBirth", "1", "2", "1980"))
        .param("email", givenName.toLowerCase() + "@example.com")
        .param("source", "GP")
        .param("conditions", "CHRONIC_PAIN")
        .param("employmentStatus", employmentStatus)
        .param("reason", reason)
        .param("consentToContact", "yes")
        .param("consentToFeedback", "no");
  }

  /** A referral for someone out of work, so the service's work rule is not met. */
  private UUID newReferral(String employmentStatus) throws Exception {
    String family = "R" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(referralForm("Rev", family, employmentStatus, "Needs help"))
        .andExpect(status().isFound());
    return jdbc.sql(
            "select r.id from referral r join person p on p.id = r.person_id where p.family_name = :f")
        .param("f", family)
        .query(UUID.class)
        .single();
  }

  private String statusOf(UUID id) {
    return jdbc.sql("select status from referral where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(PRACTITIONER)).andReturn().getResponse().getContentAsString();
  }

  @Test
  void acceptingDespiteAnUnmetRuleNeedsAReasonWhichIsKept() throws Exception {
    var id = newReferral("UNEMPLOYED_LOOKING");
    mvc.perform(post("/referrals/" + id + "/start-review").with(csrf()).with(PRACTITIONER))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(statusOf(id)).isEqualTo("UNDER_REVIEW");

    assertThat(page("/referrals/" + id + "/accept"))
        .contains("Reason to accept although: Work situation is one of")
        .contains("This service helps people keep a job they have.");
    var refused = sent(post("/referrals/" + id + "/accept"));
    assertThat(refused).contains("There is a problem").contains("Give a reason for accepting");
    assertThat(statusOf(id)).isEqualTo("UNDER_REVIEW");

    mvc.perform(
            post("/referrals/" + id + "/accept")
                .with(csrf())
                .with(PRACTITIONER)
                .param("reasons[1]", "Starting a new job next month; job retention support fits."))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    assertThat(
            jdbc.sql(
                    "select reason || ' | ' || by_user from referral_override where referral_id = :id")
                .param("id", id)
                .query(String.class)
                .list())
        .containsExactly(
            "Starting a new job next month; job retention support fits. | practitioner");
    assertThat(events.stream(ReferralAccepted.class))
        .anySatisfy(
            e -> {
              assertThat(e.referralId().id()).isEqualTo(id);
              assertThat(e.overridden()).isEqualTo(1);
            });
    assertThat(page("/referrals/" + id))
        .contains("Rules overridden on acceptance")
        .contains("Starting a new job");
  }

  @Test
  void decliningNeedsAPlainReasonAndClosesTheReferral() throws Exception {
    var id = newReferral("EMPLOYED_AT_WORK");
    mvc.perform(post("/referrals/" + id + "/start-review").with(csrf()).with(PRACTITIONER));
    mvc.perform(
            post("/referrals/" + id + "/decline")
                .with(csrf())
                .with(PRACTITIONER)
                .param("reason", " "))
        .andExpect(status().isOk());
    assertThat(statusOf(id)).isEqualTo("UNDER_REVIEW");
    mvc.perform(
            post("/referrals/" + id + "/decline")
                .with(csrf())
                .with(PRACTITIONER)
                .param(
                    "reason", "Lives outside our area; we have sent details of the local service."))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(statusOf(id)).isEqualTo("DECLINED");
    assertThat(events.stream(ReferralDeclined.class))
        .anySatisfy(e -> assertThat(e.referralId().id()).isEqualTo(id));
    assertThat(events.stream(ReferralDeclined.class).map(Object::toString))
        .as("the event carries no words about the person")
        .noneMatch(e -> e.contains("Lives outside our area"));

    var refused =
        mvc.perform(post("/referrals/" + id + "/accept").with(csrf()).with(PRACTITIONER))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Start the review before accepting");
    assertThat(statusOf(id)).isEqualTo("DECLINED");
  }

  @Test
  void aSecondDecisionOnAReferralThatHasMovedOnIsExplainedNeverA500() throws Exception {
    var id = newReferral("EMPLOYED_AT_WORK");
    mvc.perform(post("/referrals/" + id + "/start-review").with(csrf()).with(PRACTITIONER));
    mvc.perform(post("/referrals/" + id + "/start-review").with(csrf()).with(PRACTITIONER))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/referrals/" + id + "/decline")
                .with(csrf())
                .with(PRACTITIONER)
                .param("reason", "Outside our area"))
        .andExpect(redirectedUrl("/referrals/" + id));
    var expected =
        java.util.Map.of(
            "decline", "Start the review before declining the referral",
            "withdraw", "This referral is closed");
    for (String decision : expected.keySet()) {
      var again =
          sent(post("/referrals/" + id + "/" + decision).param("reason", "Typed on a stale page"));
      assertThat(again).contains(expected.get(decision)).contains("Typed on a stale page");
    }
    var twice = sent(post("/referrals/" + id + "/accept"));
    assertThat(twice).contains("Start the review before accepting the referral");
    assertThat(statusOf(id)).isEqualTo("DECLINED");
    mvc.perform(
            post("/referrals/" + UUID.randomUUID() + "/withdraw")
                .with(csrf())
                .with(PRACTITIONER)
                .param("reason", "x"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aReasonTooLongIsShownAgainWithTheTextKept() throws Exception {
    var id = newReferral("EMPLOYED_AT_WORK");
    var page = sent(post("/referrals/" + id + "/withdraw").param("reason", "long ".repeat(600)));
    assertThat(page).contains("Reason must be 2000 characters or fewer").contains("long long");
    mvc.perform(post("/referrals/" + id + "/withdraw").with(csrf()).with(PRACTITIONER))
        .andExpect(status().isOk());
  }

  @Test
  void addingToAnExistingReferralIgnoresThePostedIdAndUsesTheDuplicateMatch() throws Exception {
    String family = "A" + UUID.randomUUID().toString().substring(0, 8);
    var posted =
        referralForm("Add", family, "EMPLOYED_AT_WORK", "Needs help again")
            .param("action", "add")
            .param("existing", UUID.randomUUID().toString());
    var nothingToAddTo =
        mvc.perform(posted)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(nothingToAddTo)
        .contains("The person has no open referral now")
        .contains("value=\"" + family + "\"");

    var someoneElses = newReferral("EMPLOYED_AT_WORK");
    mvc.perform(posted.param("existing", someoneElses.toString())).andExpect(status().isOk());
    assertThat(
            jdbc.sql("select count(*) from referral_note where referral_id = :id")
                .param("id", someoneElses)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aDeferredReferralWaitsForItsDateAndIsOfferedAgainWithoutRetyping() throws Exception {
    var id = newReferral("EMPLOYED_OFF_SICK");
    var past = LocalDate.now().minusDays(1);
    var refused =
        sent(
            post("/referrals/" + id + "/defer")
                .with(TestData.date("review", past))
                .param("reason", "Just gone off work"));
    assertThat(refused)
        .contains("The review date must be in the future")
        .contains("Just gone off work");
    assertThat(statusOf(id)).isEqualTo("RECEIVED");

    var later = LocalDate.now().plusWeeks(6);
    mvc.perform(
            post("/referrals/" + id + "/defer")
                .with(csrf())
                .with(PRACTITIONER)
                .with(TestData.date("review", later))
                .param("reason", "Just gone off work: watchful waiting"))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(statusOf(id)).isEqualTo("DEFERRED");
    assertThat(events.stream(ReferralDeferred.class))
        .anySatisfy(e -> assertThat(e.reviewDate()).isEqualTo(later));
    assertThat(page("/referrals")).contains("Deferred until later").contains("R");

    mvc.perform(post("/referrals/" + id + "/reoffer").with(csrf()).with(PRACTITIONER))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(statusOf(id)).isEqualTo("UNDER_REVIEW");
    mvc.perform(post("/referrals/" + id + "/accept").with(csrf()).with(PRACTITIONER))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(statusOf(id)).isEqualTo("ACCEPTED");
  }

  @Test
  void thePersonDecliningClosesTheReferralWithNoFurtherContact() throws Exception {
    var id = newReferral("EMPLOYED_AT_WORK");
    mvc.perform(
            post("/referrals/" + id + "/choice")
                .with(csrf())
                .with(PRACTITIONER)
                .param("choice", "DECLINED"))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
    assertThat(
            jdbc.sql("select person_choice from referral where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("DECLINED");
    assertThat(events.stream(ReferralWithdrawn.class))
        .anySatisfy(e -> assertThat(e.referralId().id()).isEqualTo(id));
    assertThat(page("/referrals/" + id))
        .doesNotContain("Start review")
        .contains("Does not want to take part");
  }

  @Test
  void askingToBeContactedLaterDefersTheReferralToThatDate() throws Exception {
    var id = newReferral("EMPLOYED_AT_WORK");
    var missingDate = sent(post("/referrals/" + id + "/choice").param("choice", "ASK_LATER"));
    assertThat(missingDate).contains("Enter the date");
    var when = LocalDate.now().plusMonths(3);
    mvc.perform(
            post("/referrals/" + id + "/choice")
                .with(csrf())
                .with(PRACTITIONER)
                .param("choice", "ASK_LATER")
                .with(TestData.date("later", when)))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(
            jdbc.sql("select status || ' ' || review_date from referral where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("DEFERRED " + when);
  }

  private String sent(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.with(csrf()).with(PRACTITIONER))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void acceptingIsCheckedRuleByRuleKeepsWhatWasTypedAndASecondSendChangesNothing()
      throws Exception {
    var id = newReferral("UNEMPLOYED_LOOKING");
    mvc.perform(post("/referrals/" + id + "/start-review").with(csrf()).with(PRACTITIONER));
    assertThat(sent(post("/referrals/" + id + "/accept").param("reasons[1]", "  ")))
        .contains("Give a reason for accepting although this rule is not met: Work situation")
        .contains("href=\"#reasons[1]\"");
    var tooLong = "Because ".repeat(300);
    assertThat(sent(post("/referrals/" + id + "/accept").param("reasons[1]", tooLong)))
        .contains("Reason must be 2000 characters or fewer")
        .contains(tooLong.strip());
    assertThat(statusOf(id)).isEqualTo("UNDER_REVIEW");
    var accept =
        post("/referrals/" + id + "/accept")
            .param("reasons[1]", "Starting a job next month")
            .param("reasons[99]", "a rule that does not exist is ignored");
    mvc.perform(accept.with(csrf()).with(PRACTITIONER))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(sent(post("/referrals/" + id + "/accept").param("reasons[1]", "Twice")))
        .contains("There is a problem");
    assertThat(
            jdbc.sql("select count(*) from referral_override where referral_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void deferringIsCheckedFieldByFieldKeepsWhatWasTypedAndASecondSendChangesNothing()
      throws Exception {
    var id = newReferral("EMPLOYED_OFF_SICK");
    assertThat(sent(post("/referrals/" + id + "/defer")))
        .contains("Enter the date to review the referral")
        .contains("href=\"#review-day\"")
        .contains("Enter a reason");
    var nonsense =
        sent(
            post("/referrals/" + id + "/defer")
                .with(TestData.date("review", "32", "13", "99999999"))
                .param("reason", "x".repeat(2001)));
    assertThat(nonsense)
        .contains("Review date must be a real date")
        .contains("Reason must be 2000 characters or fewer")
        .contains("value=\"32\"")
        .contains("value=\"99999999\"");
    var later = LocalDate.now().plusWeeks(6);
    var defer =
        post("/referrals/" + id + "/defer")
            .with(TestData.date("review", later))
            .param("reason", "Not now");
    mvc.perform(defer.with(csrf()).with(PRACTITIONER)).andExpect(redirectedUrl("/referrals/" + id));
    var twice =
        sent(
            post("/referrals/" + id + "/defer")
                .with(TestData.date("review", later))
                .param("reason", "Not now, sent twice"));
    assertThat(twice)
        .contains("Only an open referral that is not already deferred can be deferred")
        .contains("Not now, sent twice");
    assertThat(statusOf(id)).isEqualTo("DEFERRED");
  }

  @Test
  void thePersonsChoiceIsCheckedKeepsWhatWasTypedAndASecondSendChangesNothing() throws Exception {
    var id = newReferral("EMPLOYED_AT_WORK");
    assertThat(sent(post("/referrals/" + id + "/choice")))
        .contains("Select what the person said")
        .contains("href=\"#choice\"");
    assertThat(sent(post("/referrals/" + id + "/choice").param("choice", "NOT_ASKED")))
        .contains("Select what the person said");
    assertThat(sent(post("/referrals/" + id + "/choice").param("choice", "x".repeat(5000))))
        .contains("Select what the person said");
    var badDate =
        sent(
            post("/referrals/" + id + "/choice")
                .param("choice", "ASK_LATER")
                .with(TestData.date("later", "31", "2", "2027")));
    assertThat(badDate)
        .contains("The date to contact them must be a real date")
        .contains("href=\"#later-day\"")
        .contains("value=\"31\"");
    var past =
        sent(
            post("/referrals/" + id + "/choice")
                .param("choice", "ASK_LATER")
                .with(TestData.date("later", "1", "1", "2000")));
    assertThat(past).contains("The date must be in the future");
    assertThat(statusOf(id)).isEqualTo("RECEIVED");
    mvc.perform(
            post("/referrals/" + id + "/choice")
                .with(csrf())
                .with(PRACTITIONER)
                .param("choice", "DECLINED"))
        .andExpect(redirectedUrl("/referrals/" + id));
    assertThat(sent(post("/referrals/" + id + "/choice").param("choice", "DECLINED")))
        .contains("This referral is closed");
  }

  @Test
  void onlyPractitionersAndManagersMakeDecisions() throws Exception {
    var id = newReferral("EMPLOYED_AT_WORK");
    mvc.perform(
            post("/referrals/" + id + "/start-review")
                .with(csrf())
                .with(user("dr-review").roles("REFERRER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/referrals/" + id + "/withdraw")
                .with(csrf())
                .with(user("c").roles("CLIENT"))
                .param("reason", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/referrals").with(user("dr-review").roles("REFERRER")))
        .andExpect(status().isForbidden());
    assertThat(statusOf(id)).isEqualTo("RECEIVED");
    var asReferrer =
        mvc.perform(get("/referrals/" + id).with(user("dr-review").roles("REFERRER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(asReferrer).doesNotContain("Start review").contains("Received");
  }
}
