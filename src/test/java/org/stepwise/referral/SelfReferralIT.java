package org.stepwise.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;

/** The public self-referral page: no account, throttled per address, duplicates folded in. */
@StepwiseIntegrationTest
class SelfReferralIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;

  private ProgrammeId service;

  @BeforeEach
  void service() {
    service = TestData.jobRetentionService(programmes, "Self-referral test " + UUID.randomUUID());
  }

  private MockHttpServletRequestBuilder selfReferral(String family, String address) {
    return selfReferral(family, address, service);
  }

  private MockHttpServletRequestBuilder selfReferral(
      String family, String address, ProgrammeId to) {
    return post("/refer-yourself")
        .with(csrf())
        .with(
            request -> {
              request.setRemoteAddr(address);
              return request;
            })
        .param("service", to.toString())
        .param("givenName", "Sam")
        .param("familyName", family)
        .param("dateOfBirth.day", "5")
        .param("dateOfBirth.month", "6")
        .param("dateOfBirth.year", "1985")
        .param("email", "sam@example.com")
        .param("conditions", "CHRONIC_PAIN")
        .param("employmentStatus", "EMPLOYED_OFF_SICK")
        .param("reason", "I want to get back to work")
        .param("consentToContact", "yes");
  }

  private static String unique() {
    return "S" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String address() {
    var random = new java.util.Random();
    return "198.51.100." + (1 + random.nextInt(250)) + "." + UUID.randomUUID();
  }

  private long referralsFor(String family) {
    return jdbc.sql(
            "select count(*) from referral r join person p on p.id = r.person_id where p.family_name = :f")
        .param("f", family)
        .query(Long.class)
        .single();
  }

  @Test
  void thePublicPageNeedsNoAccountAndSaysWhatTheServiceIsNot() throws Exception {
    var page =
        mvc.perform(get("/refer-yourself").param("service", service.toString()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("not a test of whether you are fit for work")
        .contains("does not act for your employer")
        .contains("Taking part is your choice")
        .doesNotContain("Who is making this referral");
  }

  @Test
  void aSelfReferralIsRecordedAsFromThePersonWithAReference() throws Exception {
    String family = unique();
    var result =
        mvc.perform(selfReferral(family, address()))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/refer-yourself/sent"))
            .andReturn();
    String reference = (String) result.getFlashMap().get("reference");
    assertThat(reference).matches("SW-[A-Z0-9]{4}-[A-Z0-9]{4}");
    var row =
        jdbc.sql(
                "select r.source, r.channel, r.referred_by, r.consent_to_contact, r.created_by from referral r"
                    + " join person p on p.id = r.person_id where p.family_name = :f")
            .param("f", family)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("source", "SELF")
        .containsEntry("channel", "SELF_REFERRAL")
        .containsEntry("consent_to_contact", true)
        .containsEntry("created_by", "public");
    assertThat(row.get("referred_by")).isNull();
    var page =
        mvc.perform(get("/refer-yourself/sent").flashAttr("reference", reference))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(reference).contains("Referral sent");
  }

  @Test
  void aFloodFromOneAddressIsThrottledWhileOtherPeopleStillGetThrough() throws Exception {
    String flood = address();
    for (int i = 0; i < 5; i++) {
      mvc.perform(selfReferral(unique(), flood)).andExpect(status().isFound());
    }
    String family = unique();
    var throttled =
        mvc.perform(selfReferral(family, flood))
            .andExpect(status().isTooManyRequests())
            .andReturn();
    assertThat(throttled.getResponse().getHeader("Retry-After")).isEqualTo("3600");
    assertThat(throttled.getResponse().getContentAsString())
        .contains("several referrals from this connection")
        .contains("value=\"" + family + "\"")
        .contains("I want to get back to work");
    assertThat(referralsFor(family)).isZero();

    String genuine = unique();
    mvc.perform(selfReferral(genuine, address())).andExpect(status().isFound());
    assertThat(referralsFor(genuine)).isEqualTo(1);
  }

  @Test
  void invalidInputIsExplainedAndDoesNotCountTowardsTheLimit() throws Exception {
    String addr = address();
    for (int i = 0; i < 6; i++) {
      mvc.perform(selfReferral(unique(), addr).param("dateOfBirth.year", ""))
          .andExpect(status().isOk());
    }
    mvc.perform(selfReferral(unique(), addr)).andExpect(status().isFound());
  }

  @Test
  void aRepeatSelfReferralNeverWritesOnTheOpenOneButIsFlaggedForTheTeamToMerge() throws Exception {
    String family = unique();
    var first =
        mvc.perform(selfReferral(family, address())).andReturn().getFlashMap().get("reference");
    var second =
        mvc.perform(
                selfReferral(family, address())
                    .param("reason", "Still need help, it is getting worse"))
            .andExpect(status().isFound())
            .andReturn()
            .getFlashMap()
            .get("reference");
    // M10: anyone can type a name and date of birth, so nothing is added to the open referral; the
    // answer is a reference of its own, as for anyone the service does not know.
    assertThat(second).isNotNull().isNotEqualTo(first);
    assertThat(referralsFor(family)).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select n.text from referral_note n join referral r on r.id = n.referral_id where r.reference = :ref")
                .param("ref", first)
                .query(String.class)
                .list())
        .noneSatisfy(text -> assertThat(text).contains("getting worse"));
    assertThat(
            jdbc.sql(
                    "select f.reference from referral r join referral f on f.id = r.possible_duplicate_of"
                        + " where r.reference = :ref")
                .param("ref", second)
                .query(String.class)
                .single())
        .isEqualTo(first);
  }

  @Test
  void aRobotFillingTheHiddenFieldStoresNothing() throws Exception {
    String family = unique();
    mvc.perform(selfReferral(family, address()).param("website", "http://spam.example"))
        .andExpect(redirectedUrl("/refer-yourself/sent"));
    assertThat(referralsFor(family)).isZero();
  }

  @Test
  void aServiceThatDoesNotTakeSelfReferralsCannotBeChosen() throws Exception {
    var closed =
        programmes.all().stream().filter(p -> !p.acceptsSelfReferral()).findFirst().orElseThrow();
    String family = unique();
    mvc.perform(selfReferral(family, address(), closed.id()))
        .andExpect(redirectedUrl("/refer-yourself"));
    assertThat(referralsFor(family)).isZero();
  }
}
