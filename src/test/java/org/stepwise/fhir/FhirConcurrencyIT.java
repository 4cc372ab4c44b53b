package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/**
 * The API under concurrent use, over real HTTP: the same referral sent twice at once, a request
 * overtaken by a conflicting one (409). A client over its rate: {@code FhirRateLimitIT}.
 */
@StepwiseIntegrationTest
class FhirConcurrencyIT extends FhirTestSupport {

  private static final String SYSTEM = "https://gp-system.example/referrals";

  @Autowired DataSource dataSource;

  private long referralsFor(String familyName) {
    return jdbc.sql(
            "select count(*) from referral r join person p on p.id = r.person_id where p.family_name = :f")
        .param("f", familyName)
        .query(Long.class)
        .single();
  }

  /**
   * Five races, each of a new referral sent twice at once; without the lock, some came back 201 and
   * 422.
   */
  @Test
  void theSameReferralSentTwiceAtOnceIsReceivedOnce() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR race " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    for (var nhs : List.of("9990000204", "9990000220", "9990000239", "9990000247", "9990000255")) {
      race(token, json(referral(service, UUID.randomUUID().toString(), nhs, "Twice" + nhs)));
      assertThat(referralsFor("Twice" + nhs)).isEqualTo(1);
    }
  }

  private void race(String token, String body) throws Exception {
    var barrier = new CyclicBarrier(2);
    try (var pool = Executors.newFixedThreadPool(2)) {
      var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
      for (int i = 0; i < 2; i++) {
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    barrier.await();
                    return send(
                        "POST", "/fhir/ServiceRequest", token, "application/fhir+json", body);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                },
                pool));
      }
      var statuses =
          answers.stream()
              .map(CompletableFuture::join)
              .map(HttpResponse::statusCode)
              .sorted()
              .toList();
      assertThat(statuses).containsExactly(200, 201);
    }
  }

  @Test
  void aRequestOvertakenByAConflictingOneIsA409AndKeepsNothing() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR conflict " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    var identifier = UUID.randomUUID().toString();
    try (var other = dataSource.getConnection()) {
      // Another writer (not the API) records the same identifier and has not committed yet.
      other.setAutoCommit(false);
      try (var insert =
          other.prepareStatement(
              """
          insert into fhir_service_request (id, client_id, identifier_system, identifier_value, referral_id,
            created_at, created_by) values (?, 'demo-gp-system', ?, ?, ?, now(), 'test')""")) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, SYSTEM);
        insert.setString(3, identifier);
        insert.setObject(4, UUID.randomUUID());
        insert.executeUpdate();
      }
      var answer =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return send(
                      "POST",
                      "/fhir/ServiceRequest",
                      token,
                      "application/fhir+json",
                      json(referral(service, identifier, "9990000212", "Overtaken")));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      // The API's request has made its referral and now waits for the other writer's row.
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (jdbc.sql(
                  """
          select count(*) from pg_stat_activity
          where wait_event_type = 'Lock' and query like 'insert into fhir_service_request%'""")
              .query(Long.class)
              .single()
          == 0) {
        assertThat(System.nanoTime())
            .as("the API's insert waiting on the lock")
            .isLessThan(deadline);
        assertThat(answer).isNotDone();
        Thread.sleep(20);
      }
      other.commit();

      var response = answer.get();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
      var issue = outcome(response).getIssueFirstRep();
      assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.CONFLICT);
      assertThat(issue.getDiagnostics()).containsIgnoringCase("send it again");
      assertThat(referralsFor("Overtaken")).as("nothing half-saved").isZero();
      assertThat(
              jdbc.sql("select count(*) from person where family_name = 'Overtaken'")
                  .query(Long.class)
                  .single())
          .isZero();
    } finally {
      jdbc.sql("delete from fhir_service_request where identifier_value = :v")
          .param("v", identifier)
          .update();
    }
  }
}
