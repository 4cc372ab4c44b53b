package org.stepwise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;
import org.stepwise.staff.CaseloadCover;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;

/**
 * Record-level access by team (security review H3, M5, M11 and the break-glass and cover rules of
 * issue 14). Each test here fails on the code before teams: then any practitioner could open,
 * change or take any case, and a referrer saw every reason.
 */
@StepwiseIntegrationTest
class RecordAccessIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired CaseloadCover cover;

  private TestData.OpenCase open;
  private String outsider;
  private RequestPostProcessor asOutsider;

  @BeforeEach
  void aCaseInTheTestTeamAndAPractitionerInNoTeam() throws Exception {
    open = TestData.openCase(mvc, jdbc, programmes, cases, "Olwen");
    outsider = "out-" + UUID.randomUUID().toString().substring(0, 8);
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    outsider,
                    "Owen Outside",
                    null,
                    "a-long-password-x",
                    Set.of(Role.PRACTITIONER))),
        "ADMIN");
    asOutsider = user(outsider).roles("PRACTITIONER");
  }

  private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  @Test
  void aPractitionerOutsideTheTeamIsAskedWhyAndSeesNothingOfTheCase() throws Exception {
    var page =
        body(
            mvc.perform(get("/cases/" + open.caseId()).with(asOutsider))
                .andExpect(status().isForbidden()));
    assertThat(page)
        .contains("Why do you need this record?")
        .contains("data-test=\"break-glass-form\"")
        .doesNotContain(open.fullName());
    for (var sub : new String[] {"/plan", "/profile", "/appointments", "/fit-notes"}) {
      assertThat(
              body(
                  mvc.perform(get("/cases/" + open.caseId() + sub).with(asOutsider))
                      .andExpect(status().isForbidden())))
          .as(sub)
          .doesNotContain(open.fullName());
    }
    mvc.perform(get("/referrals/" + open.referral()).with(asOutsider))
        .andExpect(status().isForbidden());
  }

  @Test
  void aPractitionerOutsideTheTeamCannotTakeOrCloseTheCase() throws Exception {
    mvc.perform(
            post("/cases/" + open.caseId() + "/reassign")
                .with(csrf())
                .with(asOutsider)
                .param("worker", outsider)
                .param("reason", "x")
                .param("handoverNote", "y"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/cases/" + open.caseId() + "/close")
                .with(csrf())
                .with(asOutsider)
                .param("outcome", "RETURNED_TO_WORK"))
        .andExpect(status().isForbidden());
    assertThat(worker()).isEqualTo("practitioner");
    assertThat(caseStatus(open.caseId().id())).isEqualTo("OPEN");
  }

  @Test
  void aColleagueInTheTeamMayReadTheCaseButOnlyItsWorkerOrAManagerHandsItOnOrClosesIt()
      throws Exception {
    var colleague =
        TestData.newWorker(
            accounts,
            mvc.getDispatcherServlet()
                .getWebApplicationContext()
                .getBean(org.stepwise.staff.StaffDirectory.class),
            "Cara Colleague",
            5,
            Set.of(),
            null);
    var asColleague = user(colleague).roles("PRACTITIONER");
    assertThat(
            body(
                mvc.perform(get("/cases/" + open.caseId()).with(asColleague))
                    .andExpect(status().isOk())))
        .contains(open.fullName());
    var refused =
        body(
            mvc.perform(
                post("/cases/" + open.caseId() + "/close")
                    .with(csrf())
                    .with(asColleague)
                    .param("outcome", "RETURNED_TO_WORK")));
    assertThat(refused).contains("Only the case&#39;s worker");
    assertThat(caseStatus(open.caseId().id())).isEqualTo("OPEN");
  }

  @Test
  void breakingTheGlassNeedsAReasonGrantsAccessForAWhileAndTheManagerReviewsIt() throws Exception {
    var person =
        jdbc.sql("select person_id from care_case where id = :id")
            .param("id", open.caseId().id())
            .query(UUID.class)
            .single();
    String returnTo = "/cases/" + open.caseId();
    var empty =
        body(
            mvc.perform(
                    post("/break-glass")
                        .with(csrf())
                        .with(asOutsider)
                        .param("person", person.toString())
                        .param("recordType", "case")
                        .param("record", open.caseId().toString())
                        .param("returnTo", returnTo)
                        .param("reason", "  "))
                .andExpect(status().isOk()));
    assertThat(empty).contains("There is a problem").contains("Enter why you need this record");
    mvc.perform(get(returnTo).with(asOutsider)).andExpect(status().isForbidden());

    mvc.perform(
            post("/break-glass")
                .with(csrf())
                .with(asOutsider)
                .param("person", person.toString())
                .param("recordType", "case")
                .param("record", open.caseId().toString())
                .param("returnTo", returnTo)
                .param("reason", "The person phoned and their worker is on leave"))
        .andExpect(redirectedUrl(returnTo));
    assertThat(body(mvc.perform(get(returnTo).with(asOutsider)).andExpect(status().isOk())))
        .contains(open.fullName());
    assertThat(
            jdbc.sql(
                    "select reason from audit_event where action = 'BREAK_GLASS'"
                        + " and actor = :who and :person = any(person_ids)")
                .param("who", outsider)
                .param("person", person)
                .query(String.class)
                .list())
        .containsExactly("The person phoned and their worker is on leave");

    // An address of another site is never where the form sends the user back to.
    mvc.perform(
            post("/break-glass")
                .with(csrf())
                .with(asOutsider)
                .param("person", person.toString())
                .param("recordType", "case")
                .param("returnTo", "//evil.example/x")
                .param("reason", "Checking"))
        .andExpect(redirectedUrl("/"));

    var manager = user("manager").roles("MANAGER");
    var review = body(mvc.perform(get("/break-glass").with(manager)).andExpect(status().isOk()));
    assertThat(review)
        .contains("The person phoned and their worker is on leave")
        .contains(outsider);
    var grant =
        jdbc.sql("select id from break_glass where username = :who order by granted_at limit 1")
            .param("who", outsider)
            .query(UUID.class)
            .single();
    mvc.perform(post("/break-glass/" + grant + "/reviewed").with(csrf()).with(manager))
        .andExpect(redirectedUrl("/break-glass"));
    mvc.perform(post("/break-glass/" + grant + "/reviewed").with(csrf()).with(manager))
        .andExpect(redirectedUrl("/break-glass"));
    assertThat(
            jdbc.sql("select reviewed_by from break_glass where id = :id")
                .param("id", grant)
                .query(String.class)
                .single())
        .isEqualTo("manager");
    mvc.perform(get("/break-glass").with(asOutsider)).andExpect(status().isForbidden());
  }

  @Test
  void listsShowOnlyTheServicesOfTheUsersTeams() throws Exception {
    for (var list : new String[] {"/referrals", "/waiting-list", "/waiting-for-support"}) {
      assertThat(body(mvc.perform(get(list).with(asOutsider)).andExpect(status().isOk())))
          .as(list)
          .doesNotContain(open.fullName());
    }
    mvc.perform(
            get("/referrals/" + open.referral()).with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isOk());
    mvc.perform(get("/caseload").param("worker", "practitioner").with(asOutsider))
        .andExpect(status().isNotFound());
  }

  @Test
  void aManagersCoverLetsAWorkerInTheTeamWorkOnAnothersCaseloadUntilADate() throws Exception {
    var staff =
        mvc.getDispatcherServlet()
            .getWebApplicationContext()
            .getBean(org.stepwise.staff.StaffDirectory.class);
    var covering = TestData.newWorker(accounts, staff, "Cy Cover", 5, Set.of(), "Cover team");
    // The covering worker's own team does not run the service: only cover lets them in.
    var teams = org.stepwise.TestTeams.teams(accounts);
    TestData.as(
        "admin",
        () -> {
          teams.removeMember(
              org.stepwise.TestTeams.team(teams, org.stepwise.TestTeams.NAME), covering);
          // The manager manages the covering worker through a team that runs no services.
          teams.addMember(org.stepwise.TestTeams.team(teams, "Cover team"), "manager");
          return null;
        },
        "ADMIN");
    var asCovering = user(covering).roles("PRACTITIONER");
    mvc.perform(get("/cases/" + open.caseId()).with(asCovering)).andExpect(status().isForbidden());
    var coverId =
        TestData.as(
            "manager",
            () -> cover.arrange("practitioner", covering, LocalDate.now().plusDays(7)),
            "MANAGER");
    assertThat(coverId).isNotNull();
    assertThat(
            body(
                mvc.perform(get("/cases/" + open.caseId()).with(asCovering))
                    .andExpect(status().isOk())))
        .contains(open.fullName());
    assertThat(
            body(
                mvc.perform(get("/caseload").param("worker", "practitioner").with(asCovering))
                    .andExpect(status().isOk())))
        .contains(open.fullName());
    TestData.as(
        "manager",
        () -> {
          cover.end(coverId);
          return null;
        },
        "MANAGER");
    mvc.perform(get("/cases/" + open.caseId()).with(asCovering)).andExpect(status().isForbidden());
  }

  @Test
  void aReferrerSeesTheReasonItWasDeclinedOnlyWhenThePersonAgreedToFeedback() throws Exception {
    // M5: referred with "no" to feedback; the reason is for the service's staff only.
    var referred =
        TestData.referToDemoService(
            mvc.getDispatcherServlet()
                .getWebApplicationContext()
                .getBean(org.stepwise.referral.ReferralIntake.class),
            programmes,
            "MS job retention (neurology)",
            "Dilys",
            org.stepwise.programme.Condition.MULTIPLE_SCLEROSIS,
            org.stepwise.programme.EmploymentStatus.EMPLOYED_AT_WORK);
    var practitioner = user("practitioner").roles("PRACTITIONER");
    mvc.perform(
            post("/referrals/" + referred.referral() + "/start-review")
                .with(csrf())
                .with(practitioner))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/referrals/" + referred.referral() + "/decline")
                .with(csrf())
                .with(practitioner)
                .param("reason", "Her neurologist advises waiting until after her relapse"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            body(
                mvc.perform(get("/referrals/" + referred.referral()).with(practitioner))
                    .andExpect(status().isOk())))
        .contains("Her neurologist advises waiting");
    assertThat(
            body(
                mvc.perform(
                        get("/referrals/" + referred.referral())
                            .with(user("referrer").roles("REFERRER")))
                    .andExpect(status().isOk())))
        .contains(referred.fullName())
        .doesNotContain("Her neurologist advises waiting");
  }

  @Test
  void aPostedReferralIdIsIgnoredSoNoOneAddsTextToAReferralTheyCannotSee() throws Exception {
    // M11: the "add to the existing referral" button names no referral the server trusts.
    var service = TestData.jobRetentionService(programmes, "Access test " + UUID.randomUUID());
    String family = "M" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            referralForm(service, family)
                .param("action", "send")
                .with(user("dr-own").roles("REFERRER")))
        .andExpect(status().is3xxRedirection());
    var existing =
        jdbc.sql(
                "select r.id from referral r join person p on p.id = r.person_id"
                    + " where p.family_name = :f")
            .param("f", family)
            .query(UUID.class)
            .single();
    var answer =
        body(
            mvc.perform(
                    referralForm(service, family)
                        .param("action", "add")
                        .param("existing", existing.toString())
                        .param("reason", "Text someone else wants on that referral")
                        .with(user("dr-other").roles("REFERRER")))
                .andExpect(status().isOk()));
    assertThat(answer).doesNotContain(existing.toString());
    assertThat(
            jdbc.sql("select count(*) from referral_note where referral_id = :id")
                .param("id", existing)
                .query(Long.class)
                .single())
        .isZero();
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder referralForm(
      org.stepwise.programme.ProgrammeId service, String family) {
    return post("/referrals/new/" + service)
        .with(csrf())
        .param("givenName", "Mali")
        .param("familyName", family)
        .param("dateOfBirth.day", "1")
        .param("dateOfBirth.month", "2")
        .param("dateOfBirth.year", "1980")
        .param("email", "mali@example.com")
        .param("source", "GP")
        .param("conditions", "CHRONIC_PAIN")
        .param("employmentStatus", "EMPLOYED_OFF_SICK")
        .param("reason", "Help")
        .param("consentToContact", "yes")
        .param("consentToFeedback", "no");
  }

  private String worker() {
    return jdbc.sql("select worker from care_case where id = :id")
        .param("id", open.caseId().id())
        .query(String.class)
        .single();
  }

  private String caseStatus(UUID caseId) {
    return jdbc.sql("select status from care_case where id = :id")
        .param("id", caseId)
        .query(String.class)
        .single();
  }
}
