package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.MovableClock;
import org.stepwise.StepwiseIntegrationTest;

/**
 * A client over its rate is told how long to wait (429 with Retry-After), and may send again once
 * that time has passed. The application's clock stands still, so the bucket does not refill while
 * the test sends however slowly the machine runs, and "waiting" is moving the clock.
 */
@StepwiseIntegrationTest
@Import(StillClock.class)
class FhirRateLimitIT extends FhirTestSupport {

  @Autowired MovableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwordEncoder;

  @Test
  void aClientOverItsRateIsToldHowLongToWaitAndMaySendAfterIt() throws Exception {
    var client = "rate-test-" + UUID.randomUUID();
    jdbc.sql(
            """
            insert into api_client
              (id, client_id, name, organisation, secret_hash, scopes, created_at, created_by)
            values (:id, :c, :c, 'Busy Practice', :hash, array['referral.read'],
              :now, 'test')""")
        .param("id", UUID.randomUUID())
        .param("c", client)
        .param("hash", passwordEncoder.encode("busy-secret"))
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .update();
    var token = token(client, "busy-secret", "referral.read");
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    base()
                        + "/fhir/ServiceRequest?identifier=https://gp-system.example/referrals%7Cnone"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/fhir+json")
            .build();

    // The limit is 200 a second with bursts of 400: with time standing still, the 401st is refused.
    HttpResponse<String> response = null;
    int sent = 0;
    while (sent < 1000) {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      sent++;
      if (response.statusCode() != 200) {
        break;
      }
    }
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(sent).isEqualTo(401);
    long wait = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    assertThat(wait).isEqualTo(1L);
    assertThat(outcome(response).getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.THROTTLED);
    assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("still refused until the time has passed")
        .isEqualTo(429);

    assertThat(
            jdbc.sql("select count(*) from api_rate_bucket where subject = :s")
                .param("s", "fhir:" + client)
                .query(Long.class)
                .single())
        .as("the bucket is in PostgreSQL, shared by every node, not in this node's memory")
        .isEqualTo(1);

    clock.advance(Duration.ofSeconds(wait));
    assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
  }
}
