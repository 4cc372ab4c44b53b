package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.HttpSession;
import org.stepwise.RealHttpIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.Programmes;

/**
 * Visitors who have not signed in get no server session by reading pages, and a public form sent
 * long after it was opened (when any session would have expired) is still accepted.
 */
@RealHttpIntegrationTest
class AnonymousSessionsIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired Programmes programmes;
  @Autowired JdbcClient jdbc;

  private static boolean startsASession(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith("STEPWISE_SESSION="));
  }

  @Test
  void readingPublicPagesAndAskingForAProtectedOneCreatesNoSession() throws Exception {
    var visitor = new HttpSession(port);
    var service = TestData.jobRetentionService(programmes, "Sessions " + UUID.randomUUID());
    for (var path :
        new String[] {"/login", "/refer-yourself", "/refer-yourself?service=" + service, "/"}) {
      var response = visitor.get(path);
      assertThat(response.statusCode()).as(path).isIn(200, 302);
      assertThat(startsASession(response)).as(path).isFalse();
    }
    assertThat(visitor.cookie("STEPWISE_SESSION")).isNull();
  }

  @Test
  void aProtectedPageAskedForBeforeSigningInIsShownAfterSigningIn() throws Exception {
    var visitor = new HttpSession(port);
    var asked = visitor.get("/referrals");
    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(startsASession(asked)).isFalse();
    var signedIn = visitor.signIn("practitioner", "stepwise-demo");
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/referrals"));
    assertThat(visitor.cookie("STEPWISE_SESSION")).isNotNull();
    assertThat(visitor.get("/referrals").statusCode()).isEqualTo(200);
  }

  @Test
  void aSelfReferralSentLongAfterThePageWasOpenedIsAccepted() throws Exception {
    var service = TestData.jobRetentionService(programmes, "Late " + UUID.randomUUID());
    var visitor = new HttpSession(port);
    var page = visitor.get("/refer-yourself?service=" + service);
    var token = CSRF.matcher(page.body());
    assertThat(token.find()).isTrue();
    assertThat(visitor.cookie("STEPWISE_SESSION")).isNull();

    String family = "Late" + UUID.randomUUID().toString().substring(0, 8);
    var form = new HashMap<String, String>();
    form.putAll(
        Map.of(
            "_csrf", token.group(1),
            "service", service.toString(),
            "givenName", "Robin",
            "familyName", family,
            "dateOfBirth.day", "5",
            "dateOfBirth.month", "6",
            "dateOfBirth.year", "1985",
            "email", "robin@example.com",
            "conditions", "CHRONIC_PAIN",
            "employmentStatus", "EMPLOYED_OFF_SICK"));
    form.put("reason", "I want to get back to work");
    form.put("consentToContact", "yes");
    var sent = visitor.post("/refer-yourself", form);

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(sent.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/refer-yourself/sent"));
    assertThat(
            jdbc.sql(
                    "select count(*) from referral r join person p on p.id = r.person_id where p.family_name = :f")
                .param("f", family)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aPostWithoutTheCsrfCookieIsStillRefused() throws Exception {
    var visitor = new HttpSession(port);
    var token = CSRF.matcher(visitor.get("/login").body());
    assertThat(token.find()).isTrue();
    var stranger = new HttpSession(port);
    var response =
        stranger.post(
            "/login",
            Map.of(
                "username", "practitioner", "password", "stepwise-demo", "_csrf", token.group(1)));
    assertThat(response.statusCode()).isEqualTo(403);
  }
}
