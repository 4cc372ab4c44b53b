package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.Programmes;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;

/**
 * A practitioner outside the team that runs a service is refused a case: asked why they need it,
 * they give a reason and may open it for a while; the team's manager sees the access and its reason
 * and marks it reviewed.
 */
@StepwiseIntegrationTest
class BreakGlassJourneyIT {

  @LocalServerPort int port;
  @Autowired StaffAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;

  @Test
  void aPractitionerOutsideTheTeamBreaksTheGlassWithAReasonAndTheManagerReviewsIt()
      throws Exception {
    var open = TestData.openCase(mvc, jdbc, programmes, cases, "Glenys");
    var name = "glass" + UUID.randomUUID().toString().substring(0, 6);
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    name, "Gwen Outside", null, "stepwise-demo", Set.of(Role.PRACTITIONER))),
        "ADMIN");
    try (var outsider = new Browser(port);
        var manager = new Browser(port)) {
      outsider.signIn(name);
      outsider.open("/cases/" + open.caseId());
      assertThat(outsider.title()).startsWith("Why do you need this record?");
      assertThat(outsider.text()).doesNotContain(open.fullName());
      outsider.assertAccessible();

      outsider.press("Open the record");
      assertThat(outsider.text()).contains("There is a problem").contains("Enter why you need");
      assertThat(outsider.text()).doesNotContain(open.fullName());
      outsider.assertAccessible();

      outsider.type("reason", "She phoned in distress and her worker is on leave today");
      outsider.press("Open the record");
      assertThat(outsider.path()).isEqualTo("/cases/" + open.caseId());
      assertThat(outsider.text())
          .contains(open.fullName())
          .contains("Your reason has been kept in the access log");

      manager.signIn("manager");
      manager.follow("Break-glass access");
      var row = manager.find(By.cssSelector("[data-test=access-" + name + "]"));
      assertThat(row.getText())
          .contains("She phoned in distress and her worker is on leave today")
          .contains(open.fullName());
      manager.assertAccessible();
      manager.clickAndWait(row.findElement(By.cssSelector("[data-test=mark-reviewed]")));
      assertThat(manager.text()).contains("Marked reviewed");
      assertThat(
              manager
                  .find(By.cssSelector("[data-test=access-" + name + "] [data-test=reviewed]"))
                  .getText())
          .isEqualTo("Reviewed");
    }
  }
}
