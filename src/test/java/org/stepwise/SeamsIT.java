package org.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.appointment.AppointmentBooked;
import org.stepwise.appointment.AppointmentId;
import org.stepwise.appointment.AppointmentReminderDue;
import org.stepwise.appointment.Mode;
import org.stepwise.caseload.CaseClosed;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseOpened;
import org.stepwise.caseload.Outcome;
import org.stepwise.caseload.WorkerAssigned;
import org.stepwise.person.NewPerson;
import org.stepwise.person.PersonId;
import org.stepwise.plan.PlanAgreed;
import org.stepwise.plan.PlanId;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.NewReferral;
import org.stepwise.referral.ReceiveResult;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralIntake;
import org.stepwise.referral.ReferralReceived;
import org.stepwise.referral.ReferralSource;
import org.stepwise.triage.StepDecided;
import org.stepwise.triage.TriageId;

/**
 * The seams later modules use, exercised the way they will be: a listener in another module
 * receives {@code ReferralReceived} through the transactional outbox, and an unexpected failure
 * shows the plain 500 page. Uses its own application (with a test listener and a failing page).
 */
@StepwiseIntegrationTest
class SeamsIT {

  @TestConfiguration
  static class Seams {
    static final CopyOnWriteArrayList<ReferralReceived> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(ReferralReceived event) {
      received.add(event);
    }

    @Bean
    Failing failing() {
      return new Failing();
    }
  }

  @RestController
  static class Failing {
    @GetMapping("/test-only/fails")
    String fails() {
      throw new UnsupportedOperationException("secret internal detail");
    }
  }

  @LocalServerPort int port;
  @Autowired ReferralIntake intake;
  @Autowired Programmes programmes;
  @Autowired JdbcClient jdbc;
  @Autowired EventSerializer eventSerializer;

  @Test
  void aListenerInAnotherModuleReceivesReferralReceivedThroughTheOutbox() {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "practitioner", null, AuthorityUtils.createAuthorityList("ROLE_PRACTITIONER")));
    SecurityContextHolder.setContext(context);
    try {
      var outcome =
          intake.receive(
              new NewReferral(
                  new NewPerson(
                      "Otto",
                      "Outbox",
                      LocalDate.of(1975, 5, 5),
                      null,
                      "otto@example.com",
                      null,
                      null,
                      null,
                      null,
                      null),
                  programmes.active().getFirst().id(),
                  ReferralSource.JOB_CENTRE,
                  Set.of(Condition.FIBROMYALGIA),
                  null,
                  EmploymentStatus.UNEMPLOYED_LOOKING,
                  null,
                  null,
                  null,
                  "Wants help back to work",
                  true,
                  false),
              false);
      var referral = ((ReceiveResult.Received) outcome).referral();
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(Seams.received)
                      .anySatisfy(e -> assertThat(e.referralId()).isEqualTo(referral.id())));
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(
                          jdbc.sql(
                                  "select count(*) from event_publication where completion_date is null"
                                      + " and serialized_event like :id")
                              .param("id", "%" + referral.id().id() + "%")
                              .query(Long.class)
                              .single())
                      .isZero());
      assertThat(
              jdbc.sql("select count(*) from event_publication where serialized_event like :id")
                  .param("id", "%" + referral.id().id() + "%")
                  .query(Long.class)
                  .single())
          .as("completed publications are removed from the outbox")
          .isZero();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void anUnexpectedFailureShowsThePlainErrorPageWithoutInternals() throws Exception {
    var session = new HttpSession(port);
    session.signIn("practitioner", "stepwise-demo");
    var response = session.get("/test-only/fails");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains("Sorry, there is a problem with the service")
        .doesNotContain("secret internal detail")
        .doesNotContain("UnsupportedOperationException")
        .doesNotContain("at org.");
  }

  /**
   * Events name aggregates by typed ids; the outbox keeps them as JSON and reads them back when it
   * republishes after a restart. Each event with a referral, person or service id survives the
   * round trip, the optional service left out included.
   */
  @Test
  void eventsWithTypedIdsComeBackFromTheOutboxAsTheyWent() {
    var caseId = new CaseId(UUID.randomUUID());
    var referral = new ReferralId(UUID.randomUUID());
    var person = new PersonId(UUID.randomUUID());
    var service = new ProgrammeId(UUID.randomUUID());
    var at = Instant.parse("2026-11-30T10:15:30Z");
    List<Object> events =
        List.of(
            new CaseOpened(caseId, referral, person, service, 2, "priya", at),
            new CaseOpened(caseId, referral, person, null, 1, "priya", at),
            new WorkerAssigned(caseId, referral, "jordan", "priya", at),
            new CaseClosed(caseId, referral, person, Outcome.RETURNED_TO_WORK, at),
            new AppointmentBooked(
                new AppointmentId(UUID.randomUUID()), caseId, referral, at, 45, Mode.PHONE),
            new AppointmentReminderDue(
                new AppointmentId(UUID.randomUUID()), caseId, referral, at, 45, Mode.PHONE),
            new PlanAgreed(new PlanId(UUID.randomUUID()), caseId, referral, 3, at),
            new StepDecided(
                new TriageId(UUID.randomUUID()), referral, person, service, 2, false, at));
    for (var event : events) {
      var json = eventSerializer.serialize(event).toString();
      assertThat(json).contains("\"referralId\":{\"id\":\"" + referral.id() + "\"}");
      assertThat(eventSerializer.deserialize(json, event.getClass())).isEqualTo(event);
    }
  }
}
