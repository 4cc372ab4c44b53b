package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.site.Dates;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.staff.StaffDirectory;

/**
 * An administrator makes a team, puts a manager and two practitioners in it and gives it a service
 * to run; the manager then has one practitioner cover the other's caseload for a week, and ends it.
 * Every page passes axe-core.
 */
@StepwiseIntegrationTest
class TeamsJourneyIT {

  @LocalServerPort int port;
  @Autowired StaffAccounts accounts;
  @Autowired StaffDirectory staff;
  @Autowired Clock clock;

  @Test
  void anAdministratorMakesATeamAndItsManagerArrangesCover() throws Exception {
    var suffix = UUID.randomUUID().toString().substring(0, 6);
    var managerName = "lead" + suffix;
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    managerName, "Lee Lead", null, "stepwise-demo", Set.of(Role.MANAGER))),
        "ADMIN");
    var away = TestData.newWorker(accounts, staff, "Avery Away " + suffix, 10, Set.of(), null);
    var cover = TestData.newWorker(accounts, staff, "Casey Cover " + suffix, 10, Set.of(), null);
    var teamName = "Vocational team " + suffix;

    try (var admin = new Browser(port);
        var manager = new Browser(port)) {
      admin.signIn("admin");
      admin.follow("Teams");
      assertThat(admin.text()).contains("Neurology").contains("Primary care");
      admin.assertAccessible();
      admin.follow("Add a team");
      admin.press("Add team");
      assertThat(admin.text()).contains("There is a problem").contains("Enter the team's name");
      assertThat(admin.title()).startsWith("Error: ");
      admin.assertAccessible();
      admin.type("name", teamName);
      admin.type("description", "Vocational advisers in the north.");
      admin.press("Add team");
      assertThat(admin.text()).contains("Team " + teamName + " added");
      assertThat(admin.find(By.tagName("h1")).getText()).isEqualTo(teamName);
      admin.assertAccessible();

      for (var member : new String[] {managerName, away, cover}) {
        admin.follow("Add a member");
        new Select(admin.find(By.id("username"))).selectByValue(member);
        admin.assertAccessible();
        admin.press("Add to team");
        assertThat(admin.text()).contains("added to the team");
      }
      assertThat(admin.find(By.cssSelector("[data-test=members]")).getText())
          .contains("Lee Lead")
          .contains("Avery Away " + suffix)
          .contains("Casey Cover " + suffix);

      admin.follow("Add a service");
      admin.press("Add service");
      assertThat(admin.text()).contains("Choose a service for the team to run");
      admin.assertAccessible();
      new Select(admin.find(By.id("service")))
          .selectByVisibleText("Vocational advice (GP practices)");
      admin.press("Add service");
      assertThat(admin.text()).contains("The team now runs Vocational advice (GP practices)");
      assertThat(admin.find(By.cssSelector("[data-test=services]")).getText())
          .contains("Vocational advice");
      admin.assertAccessible();

      admin.clickAndWait(admin.find(By.cssSelector("[data-test='member-" + away + "'] a")));
      assertThat(admin.find(By.tagName("h1")).getText())
          .isEqualTo("Remove Avery Away " + suffix + " from the team?");
      admin.assertAccessible();
      admin.follow("Back to the team");

      admin.follow("Teams");
      assertThat(admin.find(By.cssSelector("[data-test='team-" + teamName + "']")).getText())
          .contains("3")
          .contains("Vocational advice");

      manager.signIn(managerName);
      manager.follow("Cover");
      assertThat(manager.text()).contains("No cover is arranged in your teams");
      manager.assertAccessible();
      // The manager's team page links each worker's row here with the worker chosen.
      manager.open("/team/cover/new?covered=" + away);
      assertThat(new Select(manager.find(By.id("covered"))).getFirstSelectedOption().getText())
          .startsWith("Avery Away " + suffix);
      new Select(manager.find(By.id("covering"))).selectByValue(cover);
      manager.press("Arrange cover");
      assertThat(manager.text()).contains("Enter the last day of cover");
      assertThat(new Select(manager.find(By.id("covering"))).getFirstSelectedOption().getText())
          .as("what was chosen is kept")
          .startsWith("Casey Cover " + suffix);
      manager.assertAccessible();

      var lastDay = LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).plusDays(7);
      manager.type("until-day", "" + lastDay.getDayOfMonth());
      manager.type("until-month", "" + lastDay.getMonthValue());
      manager.type("until-year", "" + lastDay.getYear());
      manager.press("Arrange cover");
      assertThat(manager.path()).isEqualTo("/team/cover");
      assertThat(manager.text())
          .contains(
              "Casey Cover "
                  + suffix
                  + " is covering Avery Away "
                  + suffix
                  + "'s caseload until the end of "
                  + Dates.date(lastDay));
      var row = manager.find(By.cssSelector("[data-test='cover-" + away + "']"));
      assertThat(row.getText()).contains(Dates.date(lastDay)).contains("Lee Lead");
      manager.assertAccessible();

      manager.clickAndWait(row.findElement(By.tagName("button")));
      assertThat(manager.text()).contains("Cover ended").contains("No cover is arranged");
      manager.assertAccessible();
    }
  }
}
