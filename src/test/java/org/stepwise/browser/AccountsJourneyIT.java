package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;

/**
 * An administrator closes the account of someone signed in elsewhere: at their next click they are
 * signed out and told why. Then the administrator opens it again and resets the password, and the
 * user chooses their own at the next sign-in.
 */
@StepwiseIntegrationTest
class AccountsJourneyIT {

  @LocalServerPort int port;
  @Autowired StaffAccounts accounts;

  @Test
  void aDisabledUserIsSignedOutOnTheirNextClickAndAResetPasswordMustBeChanged() throws Exception {
    var name = "leaver" + UUID.randomUUID().toString().substring(0, 6);
    TestData.as(
        "admin",
        () ->
            accounts.add(
                new NewStaffAccount(
                    name, "Lee Leaver", null, "stepwise-demo", Set.of(Role.PRACTITIONER))),
        "ADMIN");
    try (var user = new Browser(port);
        var administrator = new Browser(port)) {
      user.signIn(name);
      user.follow("Your details");
      assertThat(user.text()).contains("Change your password");

      administrator.signIn("admin");
      administrator.follow("Users");
      administrator.clickAndWait(
          administrator.find(By.cssSelector("[data-test=user-" + name + "] a")));
      assertThat(administrator.find(By.cssSelector("[data-test=status]")).getText())
          .contains("Active");
      assertThat(administrator.find(By.cssSelector("[data-test=history]")).getText())
          .contains("Signed in");
      administrator.assertAccessible();
      administrator.follow("Disable account");
      assertThat(administrator.text()).contains("They will be signed out at their next click");
      administrator.assertAccessible();
      administrator.press("Disable account");
      assertThat(administrator.text()).contains("Account " + name + " disabled");
      assertThat(administrator.find(By.cssSelector("[data-test=status]")).getText())
          .contains("Disabled");

      user.follow("Your details");
      assertThat(user.path()).startsWith("/login");
      assertThat(user.find(By.cssSelector("[data-test=session-ended]")).getText())
          .contains("You have been signed out because your account was changed");
      user.assertAccessible();

      administrator.press("Enable account");
      assertThat(administrator.text()).contains("Account " + name + " enabled");
      administrator.follow("Reset password");
      administrator.press("Reset password");
      var temporary =
          administrator.find(By.cssSelector("[data-test=temporary-password]")).getText();
      administrator.assertAccessible();

      user.type("username", name);
      user.type("password", temporary);
      user.press("Sign in");
      assertThat(user.path()).isEqualTo("/account/password");
      assertThat(user.find(By.cssSelector("[data-test=must-change]")).getText())
          .contains("An administrator has reset your password");
      user.press("Change password");
      assertThat(user.text()).contains("There is a problem").contains("Enter a new password");
      user.assertAccessible();
      user.type("currentPassword", temporary);
      user.type("newPassword", "my own long passphrase");
      user.type("confirmPassword", "my own long passphrase");
      user.press("Change password");
      assertThat(user.text()).contains("Your password has been changed");
      user.follow("Caseload");
      assertThat(user.path()).isEqualTo("/caseload");
    }
  }
}
