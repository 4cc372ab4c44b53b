package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.ProgrammeId;

/**
 * What is sent is checked before anything is recorded, and every refusal is a 422 that says what is
 * wrong, never a 500: the web form's length limits (L11 of the security review), and a message
 * Bundle the answer could not be written for (M12), which used to be recorded and then answered
 * "500, nothing was recorded".
 */
@StepwiseIntegrationTest
class FhirIntakeChecksIT extends FhirTestSupport {

  private long recorded(String identifier) {
    return jdbc.sql("select count(*) from fhir_service_request where identifier_value = :v")
        .param("v", identifier)
        .query(Long.class)
        .single();
  }

  private void refused(
      String token, ProgrammeId service, Consumer<ServiceRequest> change, String diagnostics)
      throws Exception {
    var identifier = UUID.randomUUID().toString();
    var request = referral(service, identifier, "9990000379", "Limits");
    change.accept(request);
    var response =
        send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", json(request));
    assertThat(response.statusCode()).as(diagnostics + ": " + response.body()).isEqualTo(422);
    var issue = outcome(response).getIssueFirstRep();
    assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.PROCESSING);
    assertThat(issue.getDiagnostics()).contains(diagnostics);
    assertThat(recorded(identifier)).isZero();
  }

  private static Patient patient(ServiceRequest request) {
    return (Patient) request.getContained().getFirst();
  }

  @Test
  void textLongerThanTheWebFormTakesIsRefusedNamingTheElement() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR limits " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    refused(
        token,
        service,
        r -> patient(r).getNameFirstRep().setFamily("F".repeat(101)),
        "Patient.name.family must be 100 characters or fewer (this one has 101)");
    refused(
        token,
        service,
        r -> patient(r).getNameFirstRep().setFamily("Longname".repeat(400)),
        "Patient.name.family must be 100 characters or fewer");
    refused(
        token,
        service,
        r -> patient(r).getNameFirstRep().getGiven().getFirst().setValue("G".repeat(101)),
        "Patient.name.given must be 100 characters or fewer");
    refused(
        token,
        service,
        r -> patient(r).getTelecomFirstRep().setValue("a".repeat(200) + "@example.com"),
        "Patient.telecom (email) must be 200 characters or fewer");
    refused(
        token,
        service,
        r -> patient(r).addAddress().addLine("1 Long Street").setPostalCode("EX1 2AB EX1 2AB"),
        "Patient.address.postalCode must be 10 characters or fewer");
    refused(
        token,
        service,
        r -> r.getNoteFirstRep().setText("Why. ".repeat(900)),
        "ServiceRequest.note (with any supporting information) must be 4000 characters or fewer");
    refused(
        token,
        service,
        r -> r.getIdentifierFirstRep().setValue("x".repeat(3000)),
        "ServiceRequest.identifier.value must be 200 characters or fewer");
    refused(
        token,
        service,
        r -> r.setRequester(new Reference().setDisplay("Dr " + "A".repeat(300))),
        "ServiceRequest.requester must be 200 characters or fewer");

    // At the limits, it goes in.
    var identifier = UUID.randomUUID().toString();
    var longest = referral(service, identifier, "9990000387", "F".repeat(100));
    longest.getNoteFirstRep().setText("W".repeat(4000));
    var accepted =
        send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", json(longest));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
  }

  @Test
  void aMessageWhoseHeaderHasNoIdIsRefusedBeforeAnythingIsRecorded() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR M12 " + UUID.randomUUID());
    var token = token("demo-gp-system", "stepwise-demo");
    String example;
    try (var in = getClass().getResourceAsStream("/fhir/bars-referral-message.json")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var identifier = UUID.randomUUID().toString();
    var bundle =
        FHIR.newJsonParser()
            .parseResource(
                Bundle.class,
                example
                    .replace("IDENTIFIER-PLACEHOLDER", identifier)
                    .replace("SERVICE-PLACEHOLDER", service.id().toString())
                    .replace("NHS-PLACEHOLDER", "9990000395")
                    .replace("FAMILY-PLACEHOLDER", "Headless"));
    var header = bundle.getEntryFirstRep();
    assertThat(header.getResource()).isInstanceOf(MessageHeader.class);
    header.setFullUrl(null);
    header.getResource().setId((String) null);

    var response = send("POST", "/fhir", token, "application/fhir+json", json(bundle));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(outcome(response).getIssueFirstRep().getDiagnostics())
        .contains("MessageHeader needs an id");
    assertThat(recorded(identifier)).as("nothing recorded").isZero();

    // With its id it goes in, once.
    header.setFullUrl("urn:uuid:" + UUID.randomUUID());
    var answered = send("POST", "/fhir", token, "application/fhir+json", json(bundle));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(recorded(identifier)).isEqualTo(1);

    var untyped =
        send(
            "POST",
            "/fhir",
            token,
            "application/fhir+json",
            "{\"resourceType\":\"Bundle\",\"entry\":[]}");
    assertThat(untyped.statusCode()).as(untyped.body()).isIn(400, 422);
    assertThat(outcome(untyped).getIssue()).isNotEmpty();
  }
}
