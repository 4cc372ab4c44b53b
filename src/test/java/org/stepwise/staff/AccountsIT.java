package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.HttpSession;
import org.stepwise.RealHttpIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.audit.AuditAction;

/**
 * Accounts that can be closed, over real HTTP as a browser has them (security review H5, H6, M9,
 * L1): parallel wrong passwords all counted, lock-outs that say the same for every name, accounts
 * disabled and passwords reset with sessions ended at the next click, own passwords changed.
 *
 * <p>Each test signs in from its own documentation address (RFC 5737), so the per-address limit it
 * may trip never locks out the rest of the suite.
 */
@RealHttpIntegrationTest
class AccountsIT {

  private static final String PASSWORD = "correct-horse-battery";

  @LocalServerPort int port;
  @Autowired StaffAccounts accounts;

  private static <T> T asAdmin(Supplier<T> work) {
    return TestData.as("admin", work, "ADMIN");
  }

  private StaffAccount newAccount(Role... roles) {
    var name = "acct" + UUID.randomUUID().toString().substring(0, 8);
    return asAdmin(
        () ->
            accounts.add(new NewStaffAccount(name, "Account Test", null, PASSWORD, Set.of(roles))));
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  @Test
  void fiftySimultaneousWrongPasswordsAreAllCountedAndLockTheAccountWithNoServerError()
      throws Exception {
    var account = newAccount(Role.PRACTITIONER);
    int attempts = 50;
    var sessions = new ArrayList<HttpSession>();
    var tokens = new ArrayList<String>();
    for (int i = 0; i < attempts; i++) {
      var session = new HttpSession(port, "203.0.113.50");
      sessions.add(session);
      tokens.add(session.csrfToken("/login"));
    }
    var start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(attempts)) {
      var answers = new ArrayList<Future<HttpResponse<String>>>();
      for (int i = 0; i < attempts; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return sessions
                      .get(n)
                      .post(
                          "/login",
                          Map.of(
                              "username",
                              account.username(),
                              "password",
                              "wrong-" + n,
                              "_csrf",
                              tokens.get(n)));
                }));
      }
      start.countDown();
      for (var answer : answers) {
        var response = answer.get();
        assertThat(response.statusCode()).as("no server error").isEqualTo(302);
        assertThat(location(response)).matches(".*/login\\?(error|locked)$");
      }
    }
    var failures =
        asAdmin(() -> accounts.history(account.id(), 200)).stream()
            .filter(e -> e.action() == AuditAction.SIGN_IN_FAILED)
            .count();
    assertThat(failures).as("every attempt counted").isEqualTo(attempts);
    assertThat(asAdmin(() -> accounts.find(account.id()).orElseThrow()).locked()).isTrue();
    var right = new HttpSession(port, "203.0.113.50").signIn(account.username(), PASSWORD);
    assertThat(location(right)).endsWith("/login?locked");
  }

  @Test
  void aNameNoAccountHasLocksExactlyAsAnAccountDoes() throws Exception {
    var account = newAccount(Role.PRACTITIONER);
    var unknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);
    for (var name : new String[] {account.username(), unknown}) {
      var session = new HttpSession(port, "203.0.113.51");
      for (int i = 0; i < 4; i++) {
        assertThat(location(session.signIn(name, "wrong-" + i))).endsWith("/login?error");
      }
      assertThat(location(session.signIn(name, "wrong-5")))
          .as("the fifth failure locks %s", name)
          .endsWith("/login?locked");
      assertThat(session.get("/login?locked").body())
          .contains("There have been too many attempts to sign in. Wait 15 minutes");
    }
  }

  @Test
  void anAddressThatFailsTooOftenIsLockedOutForEveryName() throws Exception {
    var address = "198.51.100.20";
    var pool = Executors.newFixedThreadPool(4);
    try (pool) {
      var answers = new ArrayList<Future<HttpResponse<String>>>();
      for (int i = 0; i < 100; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () -> new HttpSession(port, address).signIn("guess" + n, "wrong-password")));
      }
      for (var answer : answers) {
        assertThat(answer.get().statusCode()).isEqualTo(302);
      }
    }
    var account = newAccount(Role.PRACTITIONER);
    assertThat(location(new HttpSession(port, address).signIn(account.username(), PASSWORD)))
        .endsWith("/login?locked");
    assertThat(
            location(new HttpSession(port, "198.51.100.21").signIn(account.username(), PASSWORD)))
        .as("another address is not affected")
        .endsWith("/");
  }

  @Test
  void aDisabledAccountIsSignedOutAtItsNextClickAndCannotSignInUntilEnabled() throws Exception {
    var account = newAccount(Role.PRACTITIONER);
    var user = new HttpSession(port, "203.0.113.52");
    user.signIn(account.username(), PASSWORD);
    assertThat(user.get("/account").statusCode()).isEqualTo(200);

    var admin = new HttpSession(port, "203.0.113.53");
    admin.signIn("admin", "stepwise-demo");
    var page = "/admin/users/" + account.id();
    assertThat(admin.get(page).body()).contains("Active").contains("Signed in");
    var disabled =
        admin.post(page + "/disable", Map.of("_csrf", admin.csrfToken(page + "/disable")));
    assertThat(location(disabled)).endsWith(page);
    assertThat(admin.get(page).body()).contains("Disabled").contains("disabled. They have been");
    var twice = admin.post(page + "/disable", Map.of("_csrf", admin.csrfToken(page)));
    assertThat(twice.statusCode()).as("a double click changes nothing").isEqualTo(302);

    var next = user.get("/account");
    assertThat(location(next)).endsWith("/login?ended");
    assertThat(user.get("/login?ended").body()).contains("You have been signed out");
    assertThat(location(user.get("/account"))).as("the session is gone").endsWith("/login");
    assertThat(location(user.signIn(account.username(), PASSWORD))).endsWith("/login?error");

    admin.post(page + "/enable", Map.of("_csrf", admin.csrfToken(page)));
    assertThat(location(new HttpSession(port, "203.0.113.52").signIn(account.username(), PASSWORD)))
        .endsWith("/");
    assertThat(admin.get(page).body())
        .contains("account disabled")
        .contains("session ended: account disabled");
  }

  @Test
  void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
    var admin = new HttpSession(port, "203.0.113.54");
    admin.signIn("admin", "stepwise-demo");
    var id =
        asAdmin(() -> accounts.list()).stream()
            .filter(a -> a.username().equals("admin"))
            .findFirst()
            .orElseThrow()
            .id();
    var page = "/admin/users/" + id;
    assertThat(admin.get(page).body()).doesNotContain("Disable account");
    admin.post(page + "/disable", Map.of("_csrf", admin.csrfToken(page + "/disable")));
    assertThat(admin.get(page).body()).contains("You cannot disable your own account");
    assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
  }

  @Test
  void aRoleChangeEndsTheSessionSoTheNewRolesHoldAtOnce() throws Exception {
    var account = newAccount(Role.PRACTITIONER, Role.MANAGER);
    var user = new HttpSession(port, "203.0.113.55");
    user.signIn(account.username(), PASSWORD);
    assertThat(user.get("/team").statusCode()).isEqualTo(200);
    asAdmin(() -> accounts.changeRoles(account.id(), Set.of(Role.PRACTITIONER)));
    assertThat(location(user.get("/team"))).endsWith("/login?ended");
    user.signIn(account.username(), PASSWORD);
    assertThat(user.get("/team").statusCode()).isEqualTo(403);
  }

  @Test
  void aResetPasswordIsShownOnceAndMustBeChangedAtTheNextSignIn() throws Exception {
    var account = newAccount(Role.PRACTITIONER);
    var user = new HttpSession(port, "203.0.113.56");
    user.signIn(account.username(), PASSWORD);
    var admin = new HttpSession(port, "203.0.113.57");
    admin.signIn("admin", "stepwise-demo");
    var page = "/admin/users/" + account.id();
    var done =
        admin.post(
            page + "/reset-password", Map.of("_csrf", admin.csrfToken(page + "/reset-password")));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.headers().firstValue("Cache-Control")).hasValue("no-store");
    var matcher =
        Pattern.compile("data-test=\"temporary-password\"><code>([a-z2-9-]{19})</code>")
            .matcher(done.body());
    assertThat(matcher.find()).isTrue();
    var temporary = matcher.group(1);

    assertThat(location(user.get("/account"))).endsWith("/login?ended");
    assertThat(location(user.signIn(account.username(), PASSWORD))).endsWith("/login?error");
    assertThat(location(user.signIn(account.username(), temporary))).doesNotContain("/login");
    assertThat(location(user.get("/caseload"))).endsWith("/account/password");
    assertThat(user.get("/account/password").body()).contains("An administrator has reset");

    var mismatch =
        user.post(
            "/account/password",
            Map.of(
                "currentPassword",
                temporary,
                "newPassword",
                "a new long passphrase",
                "confirmPassword",
                "a different one",
                "_csrf",
                user.csrfToken("/account/password")));
    assertThat(mismatch.statusCode()).isEqualTo(200);
    assertThat(mismatch.body()).contains("The two new passwords are different");
    var changed =
        user.post(
            "/account/password",
            Map.of(
                "currentPassword",
                temporary,
                "newPassword",
                "a new long passphrase",
                "confirmPassword",
                "a new long passphrase",
                "_csrf",
                user.csrfToken("/account/password")));
    assertThat(location(changed)).endsWith("/account");
    assertThat(user.get("/caseload").statusCode()).as("this session carries on").isEqualTo(200);
    assertThat(
            location(new HttpSession(port, "203.0.113.56").signIn(account.username(), temporary)))
        .endsWith("/login?error");
  }

  @Test
  void staffChangeTheirOwnPasswordAndTheirOtherSessionsEnd() throws Exception {
    var account = newAccount(Role.REFERRER);
    var here = new HttpSession(port, "203.0.113.58");
    var elsewhere = new HttpSession(port, "203.0.113.58");
    here.signIn(account.username(), PASSWORD);
    elsewhere.signIn(account.username(), PASSWORD);
    assertThat(here.get("/account").body()).contains("Change your password");

    var wrong =
        here.post(
            "/account/password",
            Map.of(
                "currentPassword", "not-it",
                "newPassword", "x".repeat(80),
                "confirmPassword", "x".repeat(80),
                "_csrf", here.csrfToken("/account/password")));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("Password must be 72 bytes or fewer");
    var empty =
        here.post("/account/password", Map.of("_csrf", here.csrfToken("/account/password")));
    assertThat(empty.body())
        .contains("Enter your current password")
        .contains("Enter a new password")
        .contains("Enter your new password again");
    var notCurrent =
        here.post(
            "/account/password",
            Map.of(
                "currentPassword", "not-it",
                "newPassword", "another long passphrase",
                "confirmPassword", "another long passphrase",
                "_csrf", here.csrfToken("/account/password")));
    assertThat(notCurrent.body()).contains("Your current password is not right");

    var changed =
        here.post(
            "/account/password",
            Map.of(
                "currentPassword",
                PASSWORD,
                "newPassword",
                "another long passphrase",
                "confirmPassword",
                "another long passphrase",
                "_csrf",
                here.csrfToken("/account/password")));
    assertThat(location(changed)).endsWith("/account");
    assertThat(here.get("/account").body()).contains("Your password has been changed");
    assertThat(location(elsewhere.get("/account"))).endsWith("/login?ended");
  }
}
