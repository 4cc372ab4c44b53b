package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/**
 * A manager arranges cover for a worker in their teams, sees it listed and ends it; rules the cover
 * refuses are shown beside their fields with everything typed kept; a manager reaches no one
 * outside their teams.
 */
@StepwiseIntegrationTest
class CoverIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts accounts;
  @Autowired StaffDirectory staff;
  @Autowired TeamDirectory teams;
  @Autowired Clock clock;

  private String manager;
  private String away;
  private String colleague;
  private String elsewhere;
  private String otherManager;
  private String elsewhereColleague;
  private RequestPostProcessor asManager;

  /** A manager of the test's own. */
  private String newManager() {
    var name = "m-" + UUID.randomUUID().toString().substring(0, 8);
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    name, "Mo Manager", null, "a-long-password-x", Set.of(Role.MANAGER))),
        "ADMIN");
    return name;
  }

  private TeamId newTeam(String... members) {
    return TestData.as(
        "admin",
        () -> {
          var id = teams.create("Cover test " + UUID.randomUUID().toString().substring(0, 8), null);
          for (var member : members) {
            teams.addMember(id, member);
          }
          return id;
        },
        "ADMIN");
  }

  @BeforeEach
  void twoTeams() {
    manager = newManager();
    away = TestData.newWorker(accounts, staff, "Ash Away", 10, Set.of(), null);
    colleague = TestData.newWorker(accounts, staff, "Cal Colleague", 10, Set.of(), null);
    newTeam(manager, away, colleague);
    otherManager = newManager();
    elsewhere = TestData.newWorker(accounts, staff, "Eli Elsewhere", 10, Set.of(), null);
    elsewhereColleague = TestData.newWorker(accounts, staff, "Ed Elsewhere", 10, Set.of(), null);
    newTeam(otherManager, elsewhere, elsewhereColleague);
    asManager = user(manager).roles("MANAGER");
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
  }

  private ResultActions arrange(
      RequestPostProcessor who, String covered, String covering, LocalDate until) throws Exception {
    return mvc.perform(
        post("/team/cover/new")
            .with(csrf())
            .with(who)
            .param("covered", covered)
            .param("covering", covering)
            .with(TestData.date("until", until)));
  }

  private Document page(ResultActions answer) throws Exception {
    return Jsoup.parse(answer.andReturn().getResponse().getContentAsString());
  }

  private List<UUID> openCover(String covered) {
    return jdbc.sql("select id from caseload_cover where covered = :c and ended_at is null")
        .param("c", covered)
        .query(UUID.class)
        .list();
  }

  @Test
  void aManagerArrangesCoverSeesItListedAndEndsIt() throws Exception {
    var form = page(mvc.perform(get("/team/cover/new").param("covered", away).with(asManager)));
    assertThat(form.select("#covered option[selected]").val())
        .as("one click from the worker's row chooses the worker")
        .isEqualTo(away);
    assertThat(form.select("#covered option").eachAttr("value"))
        .contains(away, colleague)
        .doesNotContain(elsewhere, elsewhereColleague);

    var until = today().plusDays(7);
    arrange(asManager, away, colleague, until)
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/team/cover"))
        .andExpect(
            flash()
                .attribute(
                    "done",
                    "Cal Colleague is covering Ash Away's caseload until the end of "
                        + org.stepwise.site.Dates.date(until)
                        + "."));
    assertThat(teams.workplace(colleague, false).covering()).containsExactly(away);
    assertThat(teams.workplace(colleague, false).worksFor(away)).isTrue();

    var list = page(mvc.perform(get("/team/cover").with(asManager)).andExpect(status().isOk()));
    var row = list.select("[data-test='cover-" + away + "']");
    assertThat(row.text())
        .contains("Ash Away")
        .contains("Cal Colleague")
        .contains(org.stepwise.site.Dates.date(until))
        .contains("Mo Manager");
    var end = row.select("form").attr("action");
    assertThat(end).isEqualTo("/team/cover/" + openCover(away).getFirst() + "/end");

    var otherList = page(mvc.perform(get("/team/cover").with(user(otherManager).roles("MANAGER"))));
    assertThat(otherList.select("[data-test='cover-" + away + "']"))
        .as("another team's manager does not see it")
        .isEmpty();

    for (int i = 0; i < 2; i++) {
      mvc.perform(post(end).with(csrf()).with(asManager))
          .andExpect(status().isFound())
          .andExpect(redirectedUrl("/team/cover"))
          .andExpect(flash().attribute("done", "Cover ended."));
    }
    assertThat(openCover(away)).isEmpty();
    assertThat(teams.workplace(colleague, false).covering()).isEmpty();
    assertThat(page(mvc.perform(get("/team/cover").with(asManager))).text())
        .contains("No cover is arranged in your teams");
  }

  @Test
  void coverSentTwiceIsArrangedOnce() throws Exception {
    var until = today().plusDays(3);
    arrange(asManager, away, colleague, until).andExpect(status().isFound());
    arrange(asManager, away, colleague, until).andExpect(status().isFound());
    assertThat(openCover(away)).hasSize(1);
  }

  @Test
  void aPastLastDayIsRefusedBesideTheDateWithEverythingTypedKept() throws Exception {
    var yesterday = today().minusDays(1);
    var page = page(arrange(asManager, away, colleague, yesterday).andExpect(status().isOk()));
    assertThat(page.title()).startsWith("Error: Arrange cover");
    assertThat(page.select(".govuk-error-summary a[href='#until-day']").text())
        .isEqualTo("The last day of cover must be today or in the future");
    assertThat(page.select("#until-error").text()).contains("must be today or in the future");
    assertThat(page.select("#covered option[selected]").val()).isEqualTo(away);
    assertThat(page.select("#covering option[selected]").val()).isEqualTo(colleague);
    assertThat(page.select("#until-day").val()).isEqualTo("" + yesterday.getDayOfMonth());
    assertThat(page.select("#until-month").val()).isEqualTo("" + yesterday.getMonthValue());
    assertThat(page.select("#until-year").val()).isEqualTo("" + yesterday.getYear());
    assertThat(openCover(away)).isEmpty();
  }

  @Test
  void datesThatAreNotRealMissingOrTooFarAreFieldErrors() throws Exception {
    var notReal =
        page(
            mvc.perform(
                    post("/team/cover/new")
                        .with(csrf())
                        .with(asManager)
                        .param("covered", away)
                        .param("covering", colleague)
                        .with(TestData.date("until", "31", "2", "2027")))
                .andExpect(status().isOk()));
    assertThat(notReal.select("#until-error").text())
        .contains("The last day of cover must be a real date");
    assertThat(notReal.select("#until-day").val()).isEqualTo("31");

    var missing =
        page(
            mvc.perform(
                    post("/team/cover/new")
                        .with(csrf())
                        .with(asManager)
                        .param("covered", "")
                        .param("covering", ""))
                .andExpect(status().isOk()));
    assertThat(missing.select(".govuk-error-summary li").eachText())
        .containsExactly(
            "Choose a worker in your teams whose caseload needs cover",
            "Choose a worker in your teams to cover the caseload",
            "Enter the last day of cover");

    var tooFar =
        page(arrange(asManager, away, colleague, today().plusYears(2)).andExpect(status().isOk()));
    assertThat(tooFar.select("#until-error").text()).contains("must be within a year");
    assertThat(openCover(away)).isEmpty();
  }

  @Test
  void aWorkerCannotCoverTheirOwnCaseload() throws Exception {
    var page = page(arrange(asManager, away, away, today()).andExpect(status().isOk()));
    assertThat(page.select(".govuk-error-summary a[href='#covering']").text())
        .isEqualTo("Choose someone other than the worker whose caseload needs cover");
    assertThat(page.select("#covering-error").text()).contains("Choose someone other than");
    assertThat(openCover(away)).isEmpty();
  }

  @Test
  void aManagerCannotArrangeOrEndCoverForWorkersOutsideTheirTeams() throws Exception {
    var outside =
        page(arrange(asManager, elsewhere, colleague, today()).andExpect(status().isOk()));
    assertThat(outside.select("#covered-error").text())
        .contains("Choose a worker in your teams whose caseload needs cover");
    var outsideCovering =
        page(arrange(asManager, away, elsewhere, today()).andExpect(status().isOk()));
    assertThat(outsideCovering.select("#covering-error").text())
        .contains("Choose a worker in your teams to cover the caseload");
    assertThat(openCover(elsewhere)).isEmpty();
    assertThat(openCover(away)).isEmpty();

    arrange(user(otherManager).roles("MANAGER"), elsewhere, elsewhereColleague, today())
        .andExpect(status().isFound());
    var theirs = openCover(elsewhere).getFirst();
    mvc.perform(post("/team/cover/" + theirs + "/end").with(csrf()).with(asManager))
        .andExpect(status().isNotFound());
    assertThat(openCover(elsewhere)).containsExactly(theirs);
  }

  @Test
  void unknownCoverIsNotFoundAndOnlyManagersReachThePages() throws Exception {
    mvc.perform(post("/team/cover/" + UUID.randomUUID() + "/end").with(csrf()).with(asManager))
        .andExpect(status().isNotFound());
    mvc.perform(post("/team/cover/not-a-uuid/end").with(csrf()).with(asManager))
        .andExpect(status().isNotFound());
    var practitioner = user(colleague).roles("PRACTITIONER");
    mvc.perform(get("/team/cover").with(practitioner)).andExpect(status().isForbidden());
    mvc.perform(get("/team/cover/new").with(practitioner)).andExpect(status().isForbidden());
    arrange(practitioner, away, colleague, today()).andExpect(status().isForbidden());
    assertThat(openCover(away)).isEmpty();
  }
}
