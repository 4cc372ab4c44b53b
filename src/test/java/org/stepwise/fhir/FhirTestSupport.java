package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.caseload.Cases;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API tests share: the application's port, a token, requests over real HTTP, a referral to
 * send.
 */
abstract class FhirTestSupport {

  static final FhirContext FHIR = FhirContext.forR4();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Cases cases;
  @Autowired PasswordEncoder passwordEncoder;

  String base() {
    return "http://localhost:" + port;
  }

  String token(String client, String secret) throws Exception {
    return token(client, secret, "referral.write%20referral.read");
  }

  String token(String client, String secret, String scope) throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=" + scope))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
  }

  /**
   * Registers a client with these scopes straight in the table; its secret is {@link #secret}.
   *
   * @return its client id
   */
  String client(String... scopes) {
    var client = "test-client-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            insert into api_client
              (id, client_id, name, organisation, secret_hash, scopes, created_at, created_by)
            values (:id, :c, :c, 'Test Practice', :hash, cast(:scopes as text[]), now(), 'test')""")
        .param("id", UUID.randomUUID())
        .param("c", client)
        .param("hash", passwordEncoder.encode(secret(client)))
        .param("scopes", "{" + String.join(",", scopes) + "}")
        .update();
    return client;
  }

  static String secret(String client) {
    return client + "-secret";
  }

  /**
   * A form posted to an OAuth endpoint with HTTP Basic client authentication, as if from {@code
   * address} (through the proxy header the application trusts from this machine), or from this
   * machine when null.
   */
  HttpResponse<String> oauth(String path, String client, String secret, String form, String address)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (client != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }
    if (address != null) {
      request.header("X-Forwarded-For", address);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A token for a client registered by {@link #client}, as if from {@code address}. */
  String tokenFrom(String client, String scope, String address) throws Exception {
    var response =
        oauth(
            "/oauth2/token",
            client,
            secret(client),
            "grant_type=client_credentials&scope=" + scope.replace(" ", "%20"),
            address);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asString();
  }

  static final JsonMapper JSON = JsonMapper.builder().build();

  HttpResponse<String> send(
      String method, String path, String token, String contentType, String body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/fhir+json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static ServiceRequest referral(
      ProgrammeId service, String identifier, String nhsNumber, String family) {
    var patient = new Patient();
    patient.setId("p1");
    patient.addIdentifier(
        new Identifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue(nhsNumber));
    patient.addName().setFamily(family).addGiven("Rhian");
    patient.setBirthDate(new Date(Date.UTC(85, 3, 14, 12, 0, 0)));
    patient
        .addTelecom()
        .setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.EMAIL)
        .setValue("rhian@example.com");
    var sr = new ServiceRequest();
    sr.addContained(patient);
    sr.setSubject(new Reference("#p1"));
    sr.addIdentifier(
        new Identifier().setSystem("https://gp-system.example/referrals").setValue(identifier));
    sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.addPerformer(new Reference("HealthcareService/" + service.id()));
    sr.addReasonCode(
        new CodeableConcept(
            new Coding("http://snomed.info/sct", "24700007", "Multiple sclerosis")));
    sr.addNote().setText("Struggling with fatigue at work; wants to keep her job.");
    sr.setRequester(new Reference().setDisplay("Dr A Patel"));
    sr.addExtension(
        "https://fhir.stepwise.example/StructureDefinition/employment-status",
        new Coding(
            "https://fhir.stepwise.example/CodeSystem/employment-status",
            "EMPLOYED_AT_WORK",
            null));
    sr.addExtension(
        "https://fhir.stepwise.example/StructureDefinition/consent-to-contact",
        new BooleanType(true));
    sr.addExtension(
        "https://fhir.stepwise.example/StructureDefinition/consent-to-feedback",
        new BooleanType(true));
    return sr;
  }

  static String json(org.hl7.fhir.instance.model.api.IBaseResource resource) {
    return FHIR.newJsonParser().encodeResourceToString(resource);
  }

  static OperationOutcome outcome(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("fhir+json");
    return FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
  }
}
