package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;

/**
 * Administrators set up teams at /admin/teams: add one, change its name and description (with
 * concurrent edits caught), add and remove members and services. Every form is safe to send twice;
 * unknown ids are pages not found; nobody but an administrator gets in.
 */
@StepwiseIntegrationTest
class TeamsAdminIT {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts accounts;
  @Autowired StaffDirectory staff;
  @Autowired TeamDirectory teams;
  @Autowired Programmes programmes;

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Adds a team through the page, returning its id (from where the page sends the browser). */
  private TeamId addTeam(String name, String description) throws Exception {
    var location =
        mvc.perform(
                post("/admin/teams/new")
                    .with(csrf())
                    .with(ADMIN)
                    .param("name", name)
                    .param("description", description))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/admin/teams/");
    return TeamId.of(location.substring("/admin/teams/".length()));
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private TeamDetails team(TeamId id) {
    return TestData.as("admin", () -> teams.find(id).orElseThrow(), "ADMIN");
  }

  private ProgrammeView demoService(String startsWith) {
    return programmes.all().stream()
        .filter(p -> p.name().startsWith(startsWith))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAdministratorAddsATeamWhichTheListShowsWithItsMembersAndServices() throws Exception {
    var name = unique("Occupational health");
    var id = addTeam(name, "  Nurses and advisers.  ");

    var saved = team(id);
    assertThat(saved.name()).isEqualTo(name);
    assertThat(saved.description()).isEqualTo("Nurses and advisers.");
    assertThat(
            jdbc.sql(
                    "select action || ' ' || actor from audit_event where record_type = 'team' and record_id = :id")
                .param("id", id.id())
                .query(String.class)
                .list())
        .containsExactly("CREATE admin");

    var teamPage = page("/admin/teams/" + id);
    assertThat(teamPage.select("h1").text()).isEqualTo(name);
    assertThat(teamPage.select("[data-test=description]").text()).isEqualTo("Nurses and advisers.");
    assertThat(teamPage.text()).contains("Nobody is in this team yet");

    var list = page("/admin/teams");
    var row = list.select("[data-test='team-" + name + "']");
    assertThat(row.select("a").attr("href")).isEqualTo("/admin/teams/" + id);
    assertThat(row.text()).contains("0").contains("None yet");
    var neurology = list.select("[data-test='team-Neurology']").text();
    assertThat(neurology).contains("MS job retention");
  }

  @Test
  void aTakenNameIsRefusedBesideTheNameAndWhatWasTypedIsKept() throws Exception {
    var page =
        Jsoup.parse(
            mvc.perform(
                    post("/admin/teams/new")
                        .with(csrf())
                        .with(ADMIN)
                        .param("name", "neurology")
                        .param("description", "Another neurology team"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.title()).startsWith("Error: Add a team");
    assertThat(page.select(".govuk-error-summary a[href='#name']").text())
        .isEqualTo("There is already a team called neurology");
    assertThat(page.select("#name-error").text()).contains("There is already a team called");
    assertThat(page.select("#name").val()).isEqualTo("neurology");
    assertThat(page.select("#description").text()).isEqualTo("Another neurology team");
    assertThat(
            jdbc.sql("select count(*) from team where lower(name) = 'neurology'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anEmptyOrOverlongNameIsAFieldErrorNotA500() throws Exception {
    var empty =
        Jsoup.parse(
            mvc.perform(post("/admin/teams/new").with(csrf()).with(ADMIN).param("name", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(empty.select("#name-error").text()).contains("Enter the team's name");
    var tooLong =
        mvc.perform(
                post("/admin/teams/new")
                    .with(csrf())
                    .with(ADMIN)
                    .param("name", "x".repeat(101))
                    .param("description", "y".repeat(1001)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(tooLong)
        .contains("must be 100 characters or fewer")
        .contains("The description must be 1000 characters or fewer");
  }

  @Test
  void theSameTeamSentTwiceIsAddedOnce() throws Exception {
    var name = unique("Twice");
    var first = addTeam(name, "Sent twice");
    var second = addTeam(name, "Sent twice");
    assertThat(second).isEqualTo(first);
    assertThat(
            jdbc.sql("select count(*) from team where name = :n")
                .param("n", name)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aChangeMadeMeanwhileIsShownBesideWhatWasTypedAndTheSameChangeTwiceIsSaved()
      throws Exception {
    var name = unique("Edited");
    var id = addTeam(name, "First words");
    var form = page("/admin/teams/" + id + "/edit");
    assertThat(form.select("input[name=version]").val()).isEqualTo("0");
    assertThat(form.select("#name").val()).isEqualTo(name);

    mvc.perform(
            post("/admin/teams/" + id + "/edit")
                .with(csrf())
                .with(ADMIN)
                .param("name", name + " renamed")
                .param("description", "Theirs")
                .param("version", "0"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("done", "Team details saved."));
    // The same form sent again (a double click) is the same change: saved, not a conflict.
    mvc.perform(
            post("/admin/teams/" + id + "/edit")
                .with(csrf())
                .with(ADMIN)
                .param("name", name + " renamed")
                .param("description", "Theirs")
                .param("version", "0"))
        .andExpect(status().isFound());

    var conflict =
        Jsoup.parse(
            mvc.perform(
                    post("/admin/teams/" + id + "/edit")
                        .with(csrf())
                        .with(ADMIN)
                        .param("name", name + " mine")
                        .param("description", "Mine")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(conflict.title()).startsWith("Error: ");
    var box = conflict.select("[data-test=conflict]");
    assertThat(box.text())
        .contains("Someone else changed this while you were editing it")
        .contains(name + " renamed")
        .contains("Theirs");
    assertThat(box.select("a").attr("href")).isEqualTo("/admin/teams/" + id);
    assertThat(conflict.select("#name").val()).isEqualTo(name + " mine");
    assertThat(conflict.select("#description").text()).isEqualTo("Mine");
    assertThat(conflict.select("input[name=version]").val()).isEqualTo("" + team(id).version());
    assertThat(team(id).name()).isEqualTo(name + " renamed");

    mvc.perform(
            post("/admin/teams/" + id + "/edit")
                .with(csrf())
                .with(ADMIN)
                .param("name", name + " mine")
                .param("description", "Mine")
                .param("version", "" + team(id).version()))
        .andExpect(status().isFound());
    assertThat(team(id).name()).isEqualTo(name + " mine");
  }

  @Test
  void renamingToAnotherTeamsNameIsRefusedBesideTheName() throws Exception {
    var id = addTeam(unique("Rename"), "");
    var page =
        mvc.perform(
                post("/admin/teams/" + id + "/edit")
                    .with(csrf())
                    .with(ADMIN)
                    .param("name", "Primary care")
                    .param("description", "")
                    .param("version", "0"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("There is already a team called Primary care");
  }

  @Test
  void membersAreAddedFromTheStaffListAndRemovedAfterAConfirmation() throws Exception {
    var id = addTeam(unique("Members"), "");
    var worker = TestData.newWorker(accounts, staff, "Morgan Member", 10, Set.of(), null);

    var form = page("/admin/teams/" + id + "/members/new");
    assertThat(form.select("select#username option[value='" + worker + "']").text())
        .isEqualTo("Morgan Member (" + worker + ")");
    assertThat(form.select("select#username option[value=admin]"))
        .as("only practitioners and managers are offered")
        .isEmpty();

    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/admin/teams/" + id + "/members/new")
                  .with(csrf())
                  .with(ADMIN)
                  .param("username", worker))
          .andExpect(status().isFound())
          .andExpect(flash().attribute("done", "Morgan Member added to the team."));
    }
    assertThat(team(id).members()).containsExactly(worker);
    assertThat(teams.workplace(worker, false).teams()).contains(id);
    var teamPage = page("/admin/teams/" + id);
    assertThat(teamPage.select("[data-test='member-" + worker + "']").text())
        .contains("Morgan Member")
        .contains("Practitioner");
    assertThat(page("/admin/teams/" + id + "/members/new").select("option[value='" + worker + "']"))
        .as("someone in the team is not offered again")
        .isEmpty();

    var account =
        TestData.as(
            "admin",
            () ->
                accounts.list().stream()
                    .filter(a -> a.username().equals(worker))
                    .findFirst()
                    .orElseThrow(),
            "ADMIN");
    assertThat(page("/admin/users/" + account.id()).select("[data-test=teams] a").attr("href"))
        .isEqualTo("/admin/teams/" + id);

    var confirm = page("/admin/teams/" + id + "/members/" + worker + "/remove");
    assertThat(confirm.select("h1").text()).isEqualTo("Remove Morgan Member from the team?");
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/admin/teams/" + id + "/members/" + worker + "/remove")
                  .with(csrf())
                  .with(ADMIN))
          .andExpect(status().isFound())
          .andExpect(flash().attribute("done", "Morgan Member removed from the team."));
    }
    assertThat(team(id).members()).isEmpty();
    assertThat(teams.workplace(worker, false).teams()).doesNotContain(id);
  }

  @Test
  void aMemberNotChosenOrNotOnTheListIsAFieldError() throws Exception {
    var id = addTeam(unique("Choosing"), "");
    var blank =
        mvc.perform(
                post("/admin/teams/" + id + "/members/new")
                    .with(csrf())
                    .with(ADMIN)
                    .param("username", ""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(blank).contains("Choose who should join the team").contains("href=\"#username\"");
    for (var nonsense : new String[] {"nobody-at-all", "admin", "x".repeat(5000)}) {
      var page =
          mvc.perform(
                  post("/admin/teams/" + id + "/members/new")
                      .with(csrf())
                      .with(ADMIN)
                      .param("username", nonsense))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("Choose someone from the list");
    }
    assertThat(team(id).members()).isEmpty();
  }

  @Test
  void servicesAreAddedFromTheServicesNotYetRunAndRemovedAfterAConfirmation() throws Exception {
    var id = addTeam(unique("Services"), "");
    var service = demoService("Vocational advice");
    var form = page("/admin/teams/" + id + "/services/new");
    assertThat(form.select("select#service option[value='" + service.id() + "']").text())
        .isEqualTo(service.name());

    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/admin/teams/" + id + "/services/new")
                  .with(csrf())
                  .with(ADMIN)
                  .param("service", service.id().toString()))
          .andExpect(status().isFound())
          .andExpect(flash().attribute("done", containsString(service.name())));
    }
    assertThat(team(id).services()).containsExactly(service.id());
    assertThat(page("/admin/teams/" + id).select("[data-test=services]").text())
        .contains(service.name());
    assertThat(
            page("/admin/teams/" + id + "/services/new")
                .select("option[value='" + service.id() + "']"))
        .isEmpty();

    var confirm = page("/admin/teams/" + id + "/services/" + service.id() + "/remove");
    assertThat(confirm.select("h1").text()).isEqualTo("Stop running " + service.name() + "?");
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/admin/teams/" + id + "/services/" + service.id() + "/remove")
                  .with(csrf())
                  .with(ADMIN))
          .andExpect(status().isFound());
    }
    assertThat(team(id).services()).isEmpty();

    for (var nonsense : new String[] {"", "not-a-service", UUID.randomUUID().toString()}) {
      var page =
          mvc.perform(
                  post("/admin/teams/" + id + "/services/new")
                      .with(csrf())
                      .with(ADMIN)
                      .param("service", nonsense))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).containsPattern("Choose a service (for the team to run|from the list)");
    }
  }

  @Test
  void unknownTeamsMembersAndServicesArePagesNotFound() throws Exception {
    var id = addTeam(unique("Not found"), "");
    var nobody = UUID.randomUUID();
    for (var path :
        new String[] {
          "/admin/teams/" + nobody,
          "/admin/teams/not-a-uuid",
          "/admin/teams/" + nobody + "/edit",
          "/admin/teams/" + nobody + "/members/new",
          "/admin/teams/" + nobody + "/services/new",
          "/admin/teams/" + id + "/members/nobody-at-all/remove",
          "/admin/teams/" + id + "/services/" + nobody + "/remove",
          "/admin/teams/" + id + "/services/not-a-uuid/remove"
        }) {
      mvc.perform(get(path).with(ADMIN)).andExpect(status().isNotFound());
    }
    for (var path :
        new String[] {
          "/admin/teams/" + nobody + "/edit",
          "/admin/teams/" + nobody + "/members/new",
          "/admin/teams/" + nobody + "/members/practitioner/remove",
          "/admin/teams/" + nobody + "/services/" + nobody + "/remove",
          "/admin/teams/x/services/new"
        }) {
      mvc.perform(
              post(path)
                  .with(csrf())
                  .with(ADMIN)
                  .param("name", "x")
                  .param("version", "0")
                  .param("username", "practitioner")
                  .param("service", nobody.toString()))
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void onlyAdministratorsReachTheTeamPages() throws Exception {
    var id = addTeam(unique("Admins only"), "");
    for (var who :
        new RequestPostProcessor[] {
          user("practitioner").roles("PRACTITIONER"), user("manager").roles("MANAGER")
        }) {
      mvc.perform(get("/admin/teams").with(who)).andExpect(status().isForbidden());
      mvc.perform(get("/admin/teams/" + id).with(who)).andExpect(status().isForbidden());
      mvc.perform(post("/admin/teams/new").with(csrf()).with(who).param("name", unique("Sneaky")))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/admin/teams/" + id + "/members/new")
                  .with(csrf())
                  .with(who)
                  .param("username", "practitioner"))
          .andExpect(status().isForbidden());
    }
    assertThat(team(id).members()).isEmpty();
  }
}
