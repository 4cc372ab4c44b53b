package org.stepwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.HttpSession;
import org.stepwise.RealHttpIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.CaseId;

/**
 * The person opening a questionnaire link starts no server session, by reading the page or by
 * sending answers with a problem; the form's CSRF token is in a cookie, so answers sent long after
 * the page was opened are taken.
 */
@RealHttpIntegrationTest
class OnlineQuestionnaireSessionsIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired QuestionnaireLinks links;

  private static boolean startsASession(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith("STEPWISE_SESSION="));
  }

  @Test
  void thePersonsAnswersAreTakenWithoutASession() throws Exception {
    // This application has a database of its own: a demo case here changes nothing other tests
    // rely on.
    var caseId =
        jdbc.sql(
                "select id from care_case where status = 'OPEN' and worker = 'practitioner'"
                    + " order by opened_at limit 1")
            .query(UUID.class)
            .single();
    var link =
        TestData.as("practitioner", () -> links.send(CaseId.of(caseId), "GAD-7"), "PRACTITIONER");

    var person = new HttpSession(port);
    var page = person.get(link.path());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(startsASession(page)).isFalse();
    var token = CSRF.matcher(page.body());
    assertThat(token.find()).isTrue();

    var form = new HashMap<String, String>();
    form.put("_csrf", token.group(1));
    form.put("answers[q1]", "1");
    var missing = person.post(link.path(), form);
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).contains("Answer question 2");
    assertThat(startsASession(missing)).isFalse();

    for (int i = 2; i <= 7; i++) {
      form.put("answers[q" + i + "]", "0");
    }
    var sent = person.post(link.path(), form);
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Answers sent");
    assertThat(startsASession(sent)).isFalse();
    assertThat(person.cookie("STEPWISE_SESSION")).isNull();
  }
}
