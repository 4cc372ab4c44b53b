package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/**
 * An API client never learns whether someone it did not refer is known to the service (H2 of the
 * security review). A subject given only by NHS number is found only among the people this client
 * referred; for anyone else the Patient resource is needed, with one answer whether the number is
 * unknown, or belongs to someone another client referred, and each such answer is in the access
 * log. A Patient sent for someone with another referrer's open referral is recorded, like anyone
 * new, for the service to check and merge.
 */
@StepwiseIntegrationTest
class FhirNoDisclosureIT extends FhirTestSupport {

  private static final String BOTH = "referral.write referral.read";

  private static ServiceRequest byNhsNumberOnly(
      org.stepwise.programme.ProgrammeId service, String nhsNumber) {
    var request = referral(service, UUID.randomUUID().toString(), nhsNumber, "Unused");
    request.getContained().clear();
    request.setSubject(
        new Reference()
            .setIdentifier(
                new Identifier()
                    .setSystem("https://fhir.nhs.uk/Id/nhs-number")
                    .setValue(nhsNumber)));
    return request;
  }

  private HttpResponse<String> sendReferral(String token, ServiceRequest request) throws Exception {
    return send("POST", "/fhir/ServiceRequest", token, "application/fhir+json", json(request));
  }

  private long refusals(String client, String detailEnd) {
    return jdbc.sql(
            """
            select count(*) from audit_event where actor = :c and record_type = 'person'
              and detail = :d""")
        .param("c", client)
        .param("d", "FHIR subject by NHS number refused for " + client + detailEnd)
        .query(Long.class)
        .single();
  }

  @Test
  void aBareNhsNumberFindsOnlyPeopleThisClientReferredAndOtherwiseOneAnswerForAll()
      throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR disclosure " + UUID.randomUUID());
    var first = client("referral.write", "referral.read");
    var second = client("referral.write", "referral.read");
    var firstToken = tokenFrom(first, BOTH, null);
    var secondToken = tokenFrom(second, BOTH, null);

    // The first client refers Rhian (9990000301) with her details.
    var known =
        sendReferral(
            firstToken, referral(service, UUID.randomUUID().toString(), "9990000301", "Known"));
    assertThat(known.statusCode()).as(known.body()).isEqualTo(201);

    // The second client probes her number, and an unknown one: the same answer.
    var probeKnown = sendReferral(secondToken, byNhsNumberOnly(service, "9990000301"));
    var probeUnknown = sendReferral(secondToken, byNhsNumberOnly(service, "9990000328"));
    assertThat(probeKnown.statusCode()).isEqualTo(422);
    assertThat(probeUnknown.statusCode()).isEqualTo(422);
    assertThat(outcome(probeKnown).getIssueFirstRep().getDiagnostics())
        .isEqualTo(outcome(probeUnknown).getIssueFirstRep().getDiagnostics())
        .contains("include the Patient resource");
    assertThat(probeKnown.body()).doesNotContain("Known").doesNotContain("1985");
    assertThat(
            jdbc.sql("select count(*) from fhir_service_request where client_id = :c")
                .param("c", second)
                .query(Long.class)
                .single())
        .isZero();
    // Both refusals are in the access log; the one that hit a real person names them.
    assertThat(refusals(second, ": someone this client did not refer")).isEqualTo(1);
    assertThat(refusals(second, ": no one has this number")).isEqualTo(1);
    var rhian =
        jdbc.sql("select person_id from fhir_service_request where client_id = :c")
            .param("c", first)
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql(
                    "select record_id from audit_event where actor = :c and detail like '%did not refer'")
                .param("c", second)
                .query(UUID.class)
                .single())
        .isEqualTo(rhian);

    // The first client, who referred her, may name her by number alone: once her first
    // referral is closed, a new one is made with the details it holds.
    var again = sendReferral(firstToken, byNhsNumberOnly(service, "9990000301"));
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(outcome(again).getIssueFirstRep().getDiagnostics())
        .as("its own open referral, which it may be told about")
        .contains("already has an open referral")
        .contains("which you sent");
    var referral =
        jdbc.sql("select referral_id from fhir_service_request where client_id = :c")
            .param("c", first)
            .query(UUID.class)
            .single();
    mvc.perform(
        post("/referrals/" + referral + "/withdraw")
            .with(csrf())
            .with(user("practitioner").roles("PRACTITIONER"))
            .param("reason", "She chose to wait."));
    var resolved = sendReferral(firstToken, byNhsNumberOnly(service, "9990000301"));
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(201);
    var echo = FHIR.newJsonParser().parseResource(ServiceRequest.class, resolved.body());
    assertThat(echo.getContained())
        .singleElement()
        .satisfies(p -> assertThat(((Patient) p).getNameFirstRep().getFamily()).isEqualTo("Known"));
  }

  @Test
  void aPatientWithAnotherReferrersOpenReferralIsRecordedLikeAnyoneNew() throws Exception {
    var service = TestData.jobRetentionService(programmes, "FHIR duplicates " + UUID.randomUUID());
    var first = client("referral.write", "referral.read");
    var second = client("referral.write", "referral.read");
    var firstToken = tokenFrom(first, BOTH, null);
    var secondToken = tokenFrom(second, BOTH, null);
    var original =
        sendReferral(
            firstToken, referral(service, UUID.randomUUID().toString(), "9990000336", "Twice"));
    assertThat(original.statusCode()).isEqualTo(201);
    var reference =
        jdbc.sql(
                """
                select r.reference from referral r join fhir_service_request f on f.referral_id = r.id
                where f.client_id = :c""")
            .param("c", first)
            .query(String.class)
            .single();

    var duplicate =
        sendReferral(
            secondToken, referral(service, UUID.randomUUID().toString(), "9990000336", "Twice"));
    var unknown =
        sendReferral(
            secondToken, referral(service, UUID.randomUUID().toString(), "9990000344", "Newcomer"));
    assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(201);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(201);
    assertThat(duplicate.body()).doesNotContain(reference).doesNotContain("open referral");

    // The service sees the possible duplicate, flagged with the referral it may be the same as.
    var flagged =
        jdbc.sql(
                """
                select d.reference from referral r
                join fhir_service_request f on f.referral_id = r.id
                join referral d on d.id = r.possible_duplicate_of
                where f.client_id = :c""")
            .param("c", second)
            .query(String.class)
            .list();
    assertThat(flagged).singleElement().isEqualTo(reference);

    // The same client sending the same person again is told about its own referral.
    var mine =
        sendReferral(
            firstToken, referral(service, UUID.randomUUID().toString(), "9990000336", "Twice"));
    assertThat(mine.statusCode()).isEqualTo(422);
    assertThat(outcome(mine).getIssueFirstRep().getDiagnostics()).contains(reference);
  }
}
