package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/** Referrals as transaction and message Bundles, and the limits on what the endpoint takes. */
@StepwiseIntegrationTest
class FhirBundlesIT extends FhirTestSupport {

  @Test
  void aTransactionBundleMakesOneReferral() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR bundle " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    var sr = referral(service, UUID.randomUUID().toString(), "9990000069", "Bundle");
    var patient = (Patient) sr.getContained().getFirst();
    sr.getContained().clear();
    patient.setId((String) null);
    var practitioner = new Practitioner();
    practitioner.addName().setFamily("Patel").addGiven("Asha").addPrefix("Dr");
    sr.setSubject(new Reference("urn:uuid:11111111-1111-4111-8111-111111111111"));
    sr.setRequester(new Reference("urn:uuid:22222222-2222-4222-8222-222222222222"));
    var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:11111111-1111-4111-8111-111111111111")
        .setResource(patient)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient");
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:22222222-2222-4222-8222-222222222222")
        .setResource(practitioner)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Practitioner");
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:33333333-3333-4333-8333-333333333333")
        .setResource(sr)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("ServiceRequest");

    var response = send("POST", "/fhir", token, "application/fhir+json", json(bundle));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var reply = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
    assertThat(reply.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
    assertThat(reply.getEntry()).hasSize(3);
    var created = reply.getEntry().get(2);
    assertThat(created.getResponse().getStatus()).isEqualTo("201 Created");
    var id = created.getResponse().getLocation().replace("ServiceRequest/", "");
    var read =
        FHIR.newJsonParser()
            .parseResource(
                ServiceRequest.class,
                send("GET", "/fhir/ServiceRequest/" + id, token, null, null).body());
    assertThat(read.getRequester().getDisplay()).isEqualTo("Dr Asha Patel");
    assertThat(((Patient) read.getContained().getFirst()).getNameFirstRep().getFamily())
        .isEqualTo("Bundle");

    var again =
        FHIR.newJsonParser()
            .parseResource(
                Bundle.class,
                send("POST", "/fhir", token, "application/fhir+json", json(bundle)).body());
    assertThat(again.getEntry().get(2).getResponse().getStatus()).isEqualTo("200 OK");
    assertThat(again.getEntry().get(2).getResponse().getLocation())
        .isEqualTo("ServiceRequest/" + id);
    assertThat(again.getEntry().get(2).hasResource()).isFalse();

    var whole =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/fhir"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/fhir+json")
                .header("Prefer", "return=representation")
                .POST(HttpRequest.BodyPublishers.ofString(json(bundle)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var withResource =
        FHIR.newJsonParser().parseResource(Bundle.class, whole.body()).getEntry().get(2);
    assertThat(((ServiceRequest) withResource.getResource()).getIdElement().getIdPart())
        .isEqualTo(id);
  }

  @Test
  void aBookingAndReferralStandardMessageIsReadAndAnswered() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR BaRS " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    String example;
    try (var in = getClass().getResourceAsStream("/fhir/bars-referral-message.json")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var body =
        example
            .replace("IDENTIFIER-PLACEHOLDER", UUID.randomUUID().toString())
            .replace("SERVICE-PLACEHOLDER", service.id().toString())
            .replace("NHS-PLACEHOLDER", "9990000077")
            .replace("FAMILY-PLACEHOLDER", "Bars" + UUID.randomUUID().toString().substring(0, 6));
    var response = send("POST", "/fhir", token, "application/fhir+json", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var reply = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
    assertThat(reply.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
    var header = (MessageHeader) reply.getEntryFirstRep().getResource();
    assertThat(header.getResponse().getIdentifier())
        .isEqualTo("5a1b8e0c-2d9a-4a57-9a1b-0e3f2c1d4b55");
    assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
    var sr = (ServiceRequest) reply.getEntry().get(1).getResource();
    assertThat(sr.getRequester().getDisplay()).isEqualTo("Dr Rachel Okafor");
    assertThat(sr.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("82423001");
    var referral =
        jdbc.sql("select referral_id from fhir_service_request where id = :id")
            .param("id", UUID.fromString(sr.getIdElement().getIdPart()))
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql("select reason from referral where id = :r")
                .param("r", referral)
                .query(String.class)
                .single())
        .contains("keen to return with adjustments")
        .contains("Supporting document: Physiotherapy discharge letter, October 2026");
  }

  @Test
  void oversizedAndWronglyTypedRequestsAreRefusedCleanly() throws Exception {
    var token = token("demo-gp-system", "stepwise-demo");
    var big = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    for (int i = 0; i < 300; i++) {
      big.addEntry()
          .setFullUrl("urn:uuid:" + UUID.randomUUID())
          .setResource(
              new Patient().addName(new org.hl7.fhir.r4.model.HumanName().setFamily("P" + i)))
          .getRequest()
          .setMethod(Bundle.HTTPVerb.POST)
          .setUrl("Patient");
    }
    var tooMany = send("POST", "/fhir", token, "application/fhir+json", json(big));
    assertThat(tooMany.statusCode()).isEqualTo(422);
    assertThat(outcome(tooMany).getIssueFirstRep().getDiagnostics())
        .contains("at most 100 entries");

    var huge =
        "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[],\"x\":\""
            + "a".repeat(1_100_000)
            + "\"}";
    var tooBig = send("POST", "/fhir", token, "application/fhir+json", huge);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(outcome(tooBig).getIssueFirstRep().getDiagnostics()).contains("over the limit");

    var plain = send("POST", "/fhir/ServiceRequest", token, "text/plain", "hello");
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(outcome(plain).getIssue()).isNotEmpty();

    var searchset =
        send(
            "POST",
            "/fhir",
            token,
            "application/fhir+json",
            json(new Bundle().setType(Bundle.BundleType.COLLECTION)));
    assertThat(searchset.statusCode()).isEqualTo(422);
  }

  @Test
  void xmlWorksAsWellAsJson() throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/fhir/metadata"))
                .header("Accept", "application/fhir+xml")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("<CapabilityStatement");
  }
}
