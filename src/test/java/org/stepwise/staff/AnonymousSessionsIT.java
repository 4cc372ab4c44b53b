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
    var form = selfReferral(service.toString(), family);
    form.put("_csrf", token.group(1));
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

  private static Map<String, String> selfReferral(String service, String family) {
    var form = new HashMap<String, String>();
    form.putAll(
        Map.of(
            "service", service,
            "givenName", "Robin",
            "familyName", family,
            "dateOfBirth.day", "5",
            "dateOfBirth.month", "6",
            "dateOfBirth.year", "1985",
            "email", "robin@example.com",
            "conditions", "CHRONIC_PAIN",
            "employmentStatus", "EMPLOYED_OFF_SICK"));
    form.put("reason", "I want to get back to work & keep my job");
    form.put("consentToContact", "yes");
    return form;
  }

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  @Test
  void aSelfReferralSentAfterTheBrowserLostItsCookiesIsKeptAndCanBeSentAgain() throws Exception {
    var service = TestData.jobRetentionService(programmes, "Lost cookie " + UUID.randomUUID());
    var opened = new HttpSession(port);
    var token = CSRF.matcher(opened.get("/refer-yourself?service=" + service).body());
    assertThat(token.find()).isTrue();
    String family = "Lost" + UUID.randomUUID().toString().substring(0, 8);
    var form = selfReferral(service.toString(), family);
    form.put("_csrf", token.group(1));

    var reopened = new HttpSession(port); // the same browser, its cookies cleared
    var refused = reopened.post("/refer-yourself", form);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("Your form was not sent")
        .contains("Nothing has been saved")
        .contains("Send it again")
        .contains("value=\"" + family + "\"")
        .contains("value=\"I want to get back to work &amp; keep my job\"")
        .doesNotContain(token.group(1));
    assertThat(referralsFor(family)).isZero();

    var again = new HashMap<String, String>();
    var hidden = HIDDEN.matcher(refused.body());
    while (hidden.find()) {
      again.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    var fresh = CSRF.matcher(refused.body());
    assertThat(fresh.find()).as("a new token, matching the new cookie").isTrue();
    again.put("_csrf", fresh.group(1));
    assertThat(again).containsEntry("familyName", family);
    var sent = reopened.post("/refer-yourself", again);

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(referralsFor(family)).isEqualTo(1);
  }

  @Test
  void aStaffFormWhoseTokenCannotBeCheckedIsExplainedNotOfferedAgain() throws Exception {
    var stranger = new HttpSession(port);
    var response =
        stranger.post(
            "/login",
            Map.of("username", "practitioner", "password", "stepwise-demo", "_csrf", "made-up"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Your form was not sent").doesNotContain("Send it again");
  }

  private long referralsFor(String family) {
    return jdbc.sql(
            "select count(*) from referral r join person p on p.id = r.person_id where p.family_name = :f")
        .param("f", family)
        .query(Long.class)
        .single();
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
