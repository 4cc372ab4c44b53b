package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.caseload.Outcome;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.triage.TriageId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FHIR API over real HTTP: tokens, referrals in, their Task following them, and every refusal
 * as an OperationOutcome.
 */
@StepwiseIntegrationTest
class FhirApiIT extends FhirTestSupport {

  @org.springframework.beans.factory.annotation.Autowired org.stepwise.triage.Triage triageService;

  @org.springframework.beans.factory.annotation.Autowired
  org.stepwise.correspondence.Letters letters;

  private java.util.List<org.stepwise.correspondence.LetterView> lettersAbout(UUID referral) {
    return TestData.as(
        "practitioner",
        () -> letters.forReferral(new org.stepwise.referral.ReferralId(referral)),
        "PRACTITIONER");
  }

  @Test
  void metadataIsPublicAndTellsWhatIsSupported() throws Exception {
    var response = send("GET", "/fhir/metadata", null, null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    var capability = FHIR.newJsonParser().parseResource(CapabilityStatement.class, response.body());
    assertThat(capability.getRestFirstRep().getResource())
        .extracting(r -> r.getType())
        .contains("ServiceRequest", "Task");
    assertThat(capability.getRestFirstRep().getResource())
        .filteredOn(r -> r.getType().equals("ServiceRequest"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.getInteraction())
                    .extracting(i -> i.getCode().toCode())
                    .containsExactlyInAnyOrder("create", "read", "search-type"));
    assertThat(capability.getRestFirstRep().getInteraction())
        .extracting(i -> i.getCode().toCode())
        .contains("transaction");
    assertThat(capability.getRestFirstRep().getSecurity().getDescription())
        .contains("/oauth2/token");
  }

  @Test
  void aReferralGoesInOnceAndItsTaskFollowsItToDischarge() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR test " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    var identifier = UUID.randomUUID().toString();
    var body =
        json(referral(service, identifier, "9990000018", "Api" + identifier.substring(0, 6)));

    var created = send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    // Sent in one piece with its length, not chunked field by field.
    assertThat(created.headers().firstValue("Content-Length"))
        .hasValue(String.valueOf(created.body().getBytes(StandardCharsets.UTF_8).length));
    var sr = FHIR.newJsonParser().parseResource(ServiceRequest.class, created.body());
    var id = sr.getIdElement().getIdPart();
    assertThat(sr.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
    assertThat(sr.getIdentifier()).extracting(Identifier::getValue).contains(identifier);

    // The same identifier again: the same ServiceRequest, no second referral.
    var again = send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(
            FHIR.newJsonParser()
                .parseResource(ServiceRequest.class, again.body())
                .getIdElement()
                .getIdPart())
        .isEqualTo(id);
    var referral =
        jdbc.sql("select referral_id from fhir_service_request where id = :id")
            .param("id", UUID.fromString(id))
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql("select channel from referral where id = :r")
                .param("r", referral)
                .query(String.class)
                .single())
        .isEqualTo("ELECTRONIC");
    // No acknowledgement letter, and so no background work recorded for one: the system follows its
    // Task.
    assertThat(
            jdbc.sql(
                    "select count(*) from event_publication where event_type like '%ReferralReceived'"
                        + " and serialized_event like :r")
                .param("r", "%" + referral + "%")
                .query(Long.class)
                .single())
        .isZero();

    var read = send("GET", "/fhir/ServiceRequest/" + id, token, null, null);
    assertThat(read.statusCode()).isEqualTo(200);
    var search =
        send(
            "GET",
            "/fhir/ServiceRequest?identifier=https://gp-system.example/referrals%7C" + identifier,
            token,
            null,
            null);
    assertThat(search.body()).contains(id);

    assertThat(task(token, id).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);

    var practitioner = user("practitioner").roles("PRACTITIONER");
    mvc.perform(post("/referrals/" + referral + "/start-review").with(csrf()).with(practitioner));
    mvc.perform(post("/referrals/" + referral + "/accept").with(csrf()).with(practitioner));
    assertThat(task(token, id).getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);

    var triage = TestData.awaitTriage(triageService, referral).id();
    mvc.perform(
        post("/triage/" + triage)
            .with(csrf())
            .with(practitioner)
            .param("employmentStatus", "EMPLOYED_OFF_SICK")
            .param("jobAtRisk", "NO")
            .param("confidence", "6")
            .param("painInterference", "5")
            .param("fatigueInterference", "4")
            .param("cognitionInterference", "1")
            .param("moodInterference", "3")
            .param("help", "RETURN_TO_WORK"));
    mvc.perform(
        post("/triage/" + triage + "/step").with(csrf()).with(practitioner).param("step", "1"));
    TestData.roomForTestCases(jdbc);
    var caseId =
        TestData.as(
            "practitioner",
            () -> cases.open(new TriageId(triage), "practitioner", null),
            "PRACTITIONER");
    assertThat(task(token, id).getStatus()).isEqualTo(Task.TaskStatus.INPROGRESS);

    TestData.as(
        "practitioner",
        () -> {
          cases.close(caseId, Outcome.STAYED_IN_WORK, "Adjustments agreed with her manager.");
          return null;
        },
        "PRACTITIONER");
    // The sending system follows the Task: no letters to a referrer with no address; the person
    // still hears.
    // Read through correspondence's API, not its table.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                lettersAbout(referral).stream()
                        .filter(l -> l.templateKey().equals("your-worker"))
                        .count()
                    == 1);
    assertThat(lettersAbout(referral))
        .noneMatch(l -> l.audience() == org.stepwise.correspondence.Audience.REFERRER);
    var done = task(token, id);
    assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
    assertThat(done.getOutput())
        .extracting(
            o ->
                o.getValue().primitiveValue() == null
                    ? ((CodeableConcept) o.getValue()).getText()
                    : o.getValue().primitiveValue())
        .containsExactly("Stayed in their job", "Adjustments agreed with her manager.");
  }

  @Test
  void aDeclinedReferralsTaskIsRejectedWithTheReasonAndADeferredOneIsOnHold() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR decisions " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    var practitioner = user("practitioner").roles("PRACTITIONER");

    var declined =
        sent(token, referral(service, UUID.randomUUID().toString(), "9990000085", "Declined"));
    mvc.perform(
        post("/referrals/" + declined.referral() + "/start-review")
            .with(csrf())
            .with(practitioner));
    mvc.perform(
        post("/referrals/" + declined.referral() + "/decline")
            .with(csrf())
            .with(practitioner)
            .param("reason", "The IPS service suits her better; we have passed on its details."));
    var rejected = task(token, declined.id());
    assertThat(rejected.getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
    assertThat(rejected.getStatusReason().getText())
        .isEqualTo("The IPS service suits her better; we have passed on its details.");
    var sr =
        FHIR.newJsonParser()
            .parseResource(
                ServiceRequest.class,
                send("GET", "/fhir/ServiceRequest/" + declined.id(), token, null, null).body());
    assertThat(sr.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);

    var deferred =
        sent(token, referral(service, UUID.randomUUID().toString(), "9990000093", "Deferred"));
    var review = java.time.LocalDate.now().plusMonths(2);
    mvc.perform(
        post("/referrals/" + deferred.referral() + "/start-review")
            .with(csrf())
            .with(practitioner));
    mvc.perform(
        post("/referrals/" + deferred.referral() + "/defer")
            .with(csrf())
            .with(practitioner)
            .param("reason", "Surgery next month")
            .param("review.day", "" + review.getDayOfMonth())
            .param("review.month", "" + review.getMonthValue())
            .param("review.year", "" + review.getYear()));
    var onHold = task(token, deferred.id());
    assertThat(onHold.getStatus()).isEqualTo(Task.TaskStatus.ONHOLD);
    assertThat(onHold.getStatusReason().getText()).contains(review.toString());

    var withdrawn =
        sent(token, referral(service, UUID.randomUUID().toString(), "9990000115", "Withdrawn"));
    mvc.perform(
        post("/referrals/" + withdrawn.referral() + "/withdraw")
            .with(csrf())
            .with(practitioner)
            .param("reason", "She has decided not to go ahead for now."));
    assertThat(task(token, withdrawn.id()).getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
  }

  record Sent(String id, UUID referral) {}

  Sent sent(String token, ServiceRequest request) throws Exception {
    var created =
        send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", json(request));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id =
        FHIR.newJsonParser()
            .parseResource(ServiceRequest.class, created.body())
            .getIdElement()
            .getIdPart();
    var referral =
        jdbc.sql("select referral_id from fhir_service_request where id = :id")
            .param("id", UUID.fromString(id))
            .query(UUID.class)
            .single();
    return new Sent(id, referral);
  }

  Task task(String token, String id) throws Exception {
    var response = send("GET", "/fhir/Task?based-on=ServiceRequest/" + id, token, null, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var bundle =
        FHIR.newJsonParser().parseResource(org.hl7.fhir.r4.model.Bundle.class, response.body());
    assertThat(bundle.getEntry()).hasSize(1);
    return (Task) bundle.getEntryFirstRep().getResource();
  }

  @Test
  void refusalsAreOperationOutcomesWithTheRightStatus() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR errors " + UUID.randomUUID());
    assertThat(send("GET", "/fhir/ServiceRequest/x", null, null, null))
        .satisfies(
            r -> {
              assertThat(r.statusCode()).isEqualTo(401);
              assertThat(outcome(r).getIssueFirstRep().getCode())
                  .isEqualTo(OperationOutcome.IssueType.LOGIN);
            });
    assertThat(send("GET", "/fhir/ServiceRequest/x", "not-a-token", null, null).statusCode())
        .isEqualTo(401);

    var token = token("demo-gp-system", "stepwise-demo");
    var badNhs =
        send(
            "POST",
            "/fhir/ServiceRequest",
            token,
            "application/fhir+json",
            json(referral(service, UUID.randomUUID().toString(), "9990000019", "Bad")));
    assertThat(badNhs.statusCode()).isEqualTo(422);
    assertThat(outcome(badNhs).getIssueFirstRep().getDiagnostics())
        .contains("NHS number 9990000019 is not valid");

    var noService = referral(service, UUID.randomUUID().toString(), "9990000026", "NoService");
    noService.getPerformer().clear();
    var r = send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", json(noService));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(outcome(r).getIssueFirstRep().getDiagnostics()).contains("performer");

    var unknownService =
        referral(
            new ProgrammeId(UUID.randomUUID()), UUID.randomUUID().toString(), "9990000026", "Gone");
    var gone =
        send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", json(unknownService));
    assertThat(gone.statusCode()).isEqualTo(422);
    assertThat(outcome(gone).getIssueFirstRep().getDiagnostics())
        .as("the element that is wrong is named, in words written for the client")
        .startsWith("ServiceRequest.performer: service ")
        .endsWith("is not known, or is not taking referrals now");

    var noPatient = referral(service, UUID.randomUUID().toString(), "9990000026", "NoPatient");
    noPatient.getContained().clear();
    noPatient.setSubject(
        new Reference()
            .setIdentifier(
                new Identifier()
                    .setSystem("https://fhir.nhs.uk/Id/nhs-number")
                    .setValue("9990000034")));
    var np = send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", json(noPatient));
    assertThat(np.statusCode()).isEqualTo(422);
    assertThat(outcome(np).getIssueFirstRep().getDiagnostics())
        .contains("include the Patient resource");

    var malformed =
        send(
            "POST",
            "/fhir/ServiceRequest",
            token,
            "application/fhir+json",
            "{\"resourceType\": \"ServiceRequest\", ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(outcome(malformed).getIssue()).isNotEmpty();

    var missing = send("GET", "/fhir/ServiceRequest/" + UUID.randomUUID(), token, null, null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(outcome(missing).getIssue()).isNotEmpty();
    assertThat(missing.body()).doesNotContain("Exception").doesNotContain("<html");
  }

  @Test
  void aClientSeesOnlyTheReferralsItSentAndScopesAreEnforced() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR isolation " + UUID.randomUUID());
    jdbc.sql(
            """
        insert into api_client (id, client_id, name, organisation, secret_hash, scopes, created_at, created_by)
        values (:id, :c, 'Other system', 'Hilltop Practice', :hash, array['referral.read'], now(), 'test')
        on conflict (client_id) do nothing""")
        .param("id", UUID.randomUUID())
        .param("c", "other-reader")
        .param("hash", passwordEncoder.encode("other-secret"))
        .update();
    var mine = token("demo-gp-system", "stepwise-demo");
    var created =
        send(
            "POST",
            "/fhir/ServiceRequest",
            mine,
            "application/fhir+json",
            json(referral(service, UUID.randomUUID().toString(), "9990000042", "Isolated")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id =
        FHIR.newJsonParser()
            .parseResource(ServiceRequest.class, created.body())
            .getIdElement()
            .getIdPart();

    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                "other-reader:other-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=referral.read"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var other =
        JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
    assertThat(send("GET", "/fhir/ServiceRequest/" + id, other, null, null).statusCode())
        .isEqualTo(404);
    var write =
        send(
            "POST",
            "/fhir/ServiceRequest",
            other,
            "application/fhir+json",
            json(referral(service, UUID.randomUUID().toString(), "9990000050", "NoScope")));
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(outcome(write).getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);

    // A token to send only: it can send, and gets the ServiceRequest back, but cannot read later.
    var writeOnly = token("demo-gp-system", "stepwise-demo", "referral.write");
    var sent =
        send(
            "POST",
            "/fhir/ServiceRequest",
            writeOnly,
            "application/fhir+json",
            json(referral(service, UUID.randomUUID().toString(), "9990000107", "WriteOnly")));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    var writeOnlyRead = send("GET", "/fhir/ServiceRequest/" + id, writeOnly, null, null);
    assertThat(writeOnlyRead.statusCode()).isEqualTo(403);

    var badSecret =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                "demo-gp-system:wrong".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(badSecret.statusCode()).isEqualTo(401);
    assertThat(
            jdbc.sql(
                    "select last_used_at is not null from api_client where client_id = 'demo-gp-system'")
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}
