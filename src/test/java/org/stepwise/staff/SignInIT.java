package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.HttpSession;
import org.stepwise.RealHttpIntegrationTest;

/** Sign-in over real HTTP, as a browser does it: cookies, CSRF token, headers, throttling. */
@RealHttpIntegrationTest
class SignInIT {

  @LocalServerPort int port;
  @Autowired StaffAccounts accounts;

  private HttpSession session;

  @BeforeEach
  void newSession() {
    session = new HttpSession(port);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return session.get(path);
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return session.post(path, form);
  }

  private HttpResponse<String> signIn(String username, String password) throws Exception {
    return session.signIn(username, password);
  }

  private String sessionId() {
    return session.cookie("STEPWISE_SESSION");
  }

  @Test
  void aDemoUserSignsInAndSeesSignOut() throws Exception {
    var response = signIn("practitioner", "stepwise-demo");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    var home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Sign out").contains("Priya Shah");
  }

  @Test
  void aWrongPasswordIsRefusedWithAPlainMessage() throws Exception {
    var response = signIn("manager", "not-the-password");
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(get("/login?error").body()).contains("Enter a correct username and password");
    assertThat(get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
    get("/login");
    var response = post("/login", Map.of("username", "practitioner", "password", "stepwise-demo"));
    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void signingInGivesANewSessionId() throws Exception {
    get("/login");
    assertThat(sessionId()).as("no session before signing in").isNull();
    signIn("practitioner", "stepwise-demo");
    String first = sessionId();
    assertThat(first).isNotNull();
    signIn("practitioner", "stepwise-demo");
    assertThat(sessionId()).isNotNull().isNotEqualTo(first);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    var setCookie = signIn("practitioner", "stepwise-demo").headers().allValues("Set-Cookie");
    assertThat(setCookie)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("STEPWISE_SESSION=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void theCsrfCookieIsHttpOnlyAndSameSite() throws Exception {
    assertThat(get("/login").headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("STEPWISE_CSRF=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/login"))
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("STEPWISE_CSRF=").contains("Secure"));
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndOtherSecurityHeaders() throws Exception {
    var headers = get("/login").headers();
    assertThat(headers.firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval"));
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(get("/login").body()).doesNotContain("<script>").doesNotContain("onclick=");
  }

  @Test
  void repeatedFailedSignInsLockTheAccountEvenWithTheRightPassword() throws Exception {
    var admin = SecurityContextHolder.createEmptyContext();
    admin.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    SecurityContextHolder.setContext(admin);
    try {
      accounts.add(
          new NewStaffAccount(
              "locktest", "Lock Test", null, "correct-horse-battery", Set.of(Role.PRACTITIONER)));
    } finally {
      SecurityContextHolder.clearContext();
    }
    session = new HttpSession(port, "203.0.113.40");
    for (int i = 0; i < 4; i++) {
      assertThat(signIn("locktest", "wrong-" + i).headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
    assertThat(signIn("locktest", "wrong-5").headers().firstValue("Location"))
        .as("the fifth failure in a row locks the account")
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    var locked = signIn("locktest", "correct-horse-battery");
    assertThat(locked.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(get("/login?locked").body()).contains("too many attempts to sign in");
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    signIn("practitioner", "stepwise-demo");
    var response = post("/logout", Map.of("_csrf", session.csrfToken("/")));
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
    assertThat(get("/").statusCode()).isEqualTo(302);
  }
}
