package org.stepwise.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.HttpSession;
import org.stepwise.StepwiseIntegrationTest;

/** Error pages over real HTTP: in the site's style, plain English, never a stack trace. */
@StepwiseIntegrationTest
class ErrorPagesIT {

  @LocalServerPort int port;

  @Test
  void aForbiddenPageExplainsAndShowsNoInternals() throws Exception {
    var session = new HttpSession(port);
    session.signIn("referrer", "stepwise-demo");
    var response = session.get("/waiting-list");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("You cannot open this page")
        .contains("Sign out")
        .contains("govuk-template")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  @Test
  void anUnknownPageIsAPlainNotFoundPage() throws Exception {
    var session = new HttpSession(port);
    session.signIn("practitioner", "stepwise-demo");
    var response = session.get("/no-such-page");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page not found").doesNotContain("Whitelabel");
  }

  @Test
  void aMalformedRecordAddressIsNotFoundRatherThanAnError() throws Exception {
    var session = new HttpSession(port);
    session.signIn("practitioner", "stepwise-demo");
    var response = session.get("/referrals/not-a-uuid");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page not found").doesNotContain("Exception");
  }
}
