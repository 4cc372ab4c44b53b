package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/**
 * What each scope allows (L3 of the security review): a token with {@code referral.read} alone
 * reads the client's own ServiceRequests and Tasks; a token with {@code referral.write} alone sends
 * but cannot read, by any route, {@code POST _search} included.
 */
@StepwiseIntegrationTest
class FhirScopesIT extends FhirTestSupport {

  @Test
  void aReadOnlyTokenReadsTheClientsOwnReferralsAndASendOnlyTokenReadsNothing() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR scopes " + UUID.randomUUID());
    var client = client("referral.write", "referral.read");
    var writeOnly = tokenFrom(client, "referral.write", null);
    var readOnly = tokenFrom(client, "referral.read", null);
    var identifier = UUID.randomUUID().toString();

    var sent =
        send(
            "POST",
            "/fhir/ServiceRequest",
            writeOnly,
            "application/fhir+json",
            json(referral(service, identifier, "9990000352", "Scoped")));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    var id =
        FHIR.newJsonParser()
            .parseResource(ServiceRequest.class, sent.body())
            .getIdElement()
            .getIdPart();
    var search =
        "/fhir/ServiceRequest?identifier=https://gp-system.example/referrals%7C" + identifier;

    // A send-only token reads nothing: not by GET, not by POST _search.
    assertThat(send("GET", "/fhir/ServiceRequest/" + id, writeOnly, null, null).statusCode())
        .isEqualTo(403);
    for (var path :
        new String[] {
          "/fhir/ServiceRequest/_search?identifier=https://gp-system.example/referrals%7C"
              + identifier,
          "/fhir/Task/_search?based-on=ServiceRequest/" + id
        }) {
      var postSearch = send("POST", path, writeOnly, "application/fhir+json", "");
      assertThat(postSearch.statusCode()).as(path + ": " + postSearch.body()).isEqualTo(403);
      assertThat(outcome(postSearch).getIssueFirstRep().getCode())
          .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
      assertThat(postSearch.body()).doesNotContain("Scoped");
    }

    var read = send("GET", "/fhir/ServiceRequest/" + id, readOnly, null, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("Scoped");
    var found = send("GET", search, readOnly, null, null);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(found.body()).contains(id);
    var task = send("GET", "/fhir/Task/" + id, readOnly, null, null);
    assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
    assertThat(send("GET", "/fhir/Task?based-on=ServiceRequest/" + id, readOnly, null, null).body())
        .contains(id);

    // A read-only token still cannot send.
    var readOnlySend =
        send(
            "POST",
            "/fhir/ServiceRequest",
            readOnly,
            "application/fhir+json",
            json(referral(service, UUID.randomUUID().toString(), "9990000360", "NotSent")));
    assertThat(readOnlySend.statusCode()).isEqualTo(403);
  }
}
