package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;

/**
 * Registering API clients: only a hash kept, tokens for active clients only, secrets rotated,
 * administrators only.
 */
@StepwiseIntegrationTest
class ApiClientsIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Set<String> BOTH = Set.of("referral.write", "referral.read");

  @LocalServerPort int port;
  @Autowired ApiClientRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired MockMvc mvc;

  final List<String> registered = new ArrayList<>();

  @AfterEach
  void removeClients() {
    registered.forEach(
        c -> jdbc.sql("delete from api_client where client_id = :c").param("c", c).update());
  }

  <T> T asAdmin(Supplier<T> work) {
    return TestData.as("admin", work, "ADMIN");
  }

  ApiClientSecret register(String name, String organisation, String odsCode, Set<String> scopes) {
    var secret = asAdmin(() -> registry.register(name, organisation, odsCode, scopes));
    registered.add(secret.clientId());
    return secret;
  }

  /** The client's version now, as the list page shows it. */
  long version(String clientId) {
    return jdbc.sql("select version from api_client where client_id = :c")
        .param("c", clientId)
        .query(Long.class)
        .single();
  }

  int tokenStatus(String clientId, String secret) throws Exception {
    return tokenResponse(clientId, secret).statusCode();
  }

  HttpResponse<String> tokenResponse(String clientId, String secret) throws Exception {
    var basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope=referral.read"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A token for the client. No waiting after a revocation: a token carries the version of the
   * credentials it was issued with, not just its time.
   */
  String token(String clientId, String secret) throws Exception {
    var response = tokenResponse(clientId, secret);
    assertThat(response.statusCode()).isEqualTo(200);
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(response.body())
        .get("access_token")
        .asString();
  }

  /** The status of a search with the token: 200, or 401 once it no longer works. */
  int fhirStatus(String token) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/fhir/ServiceRequest?identifier=https://example.org%7Cnone"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/fhir+json")
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void registersAClientKeepingOnlyTheHashOfASecretThatGetsATokenAndNotesTheLastUse()
      throws Exception {
    var made =
        register("  Hilltop Surgery EMIS ", "Hilltop Surgery", "y12345", Set.of("referral.read"));

    assertThat(made.clientId()).matches("hilltop-surgery-emis-[a-z0-9]{6}");
    assertThat(made.name()).isEqualTo("Hilltop Surgery EMIS");
    assertThat(made.secret()).matches("[A-Za-z0-9_-]{43}");
    assertThat(made.toString()).doesNotContain(made.secret());
    var hash =
        jdbc.sql("select secret_hash from api_client where client_id = :c")
            .param("c", made.clientId())
            .query(String.class)
            .single();
    assertThat(hash).doesNotContain(made.secret()).startsWith("{bcrypt}");
    assertThat(passwordEncoder.matches(made.secret(), hash)).isTrue();

    var listed = asAdmin(() -> registry.list());
    var client = listed.getFirst();
    assertThat(client.clientId()).as("newest first").isEqualTo(made.clientId());
    assertThat(client.organisation()).isEqualTo("Hilltop Surgery");
    assertThat(client.odsCode()).isEqualTo("Y12345");
    assertThat(client.scopes()).containsExactly("referral.read");
    assertThat(client.active()).isTrue();
    assertThat(client.lastUsedAt()).isNull();
    assertThat(client.createdBy()).isEqualTo("admin");
    assertThat(listed).extracting(ApiClient::clientId).contains("demo-gp-system");

    assertThat(tokenStatus(made.clientId(), made.secret())).isEqualTo(200);
    assertThat(tokenStatus(made.clientId(), "not-the-secret")).isEqualTo(401);
    assertThat(asAdmin(() -> registry.list()).getFirst().lastUsedAt()).isNotNull();

    var logged =
        jdbc.sql(
                "select action || ' ' || coalesce(detail, '') from audit_event where record_type = 'api-client' and record_id = :id")
            .param("id", client.id().id())
            .query(String.class)
            .list();
    assertThat(logged)
        .containsExactly("CREATE registered " + made.clientId() + " with scopes referral.read");
  }

  @Test
  void aDeactivatedClientIsRefusedATokenUntilReactivated() throws Exception {
    var made = register("Valley Hospital ePR", "Valley Hospital", null, BOTH);
    var token = token(made.clientId(), made.secret());
    assertThat(fhirStatus(token)).isEqualTo(200);

    var deactivated = asAdmin(() -> registry.deactivate(made.clientId(), version(made.clientId())));
    assertThat(deactivated.active()).isFalse();
    assertThat(deactivated.scopes()).containsExactly("referral.write", "referral.read");
    assertThat(tokenStatus(made.clientId(), made.secret())).isEqualTo(401);
    assertThat(fhirStatus(token)).as("the token it had stops working at once").isEqualTo(401);

    asAdmin(() -> registry.reactivate(made.clientId(), version(made.clientId())));
    assertThat(fhirStatus(token)).as("and does not come back").isEqualTo(401);
    assertThat(fhirStatus(token(made.clientId(), made.secret()))).isEqualTo(200);

    var logged =
        jdbc.sql(
                "select detail from audit_event where record_type = 'api-client' and record_id = :id and action = 'UPDATE'")
            .param("id", deactivated.id().id())
            .query(String.class)
            .list();
    assertThat(logged)
        .containsExactlyInAnyOrder(
            "deactivated " + made.clientId(), "reactivated " + made.clientId());
  }

  @Test
  void aNewSecretStopsTheOldOneWorking() throws Exception {
    var made = register("Orchard Practice SystmOne", "Orchard Practice", "B81001", BOTH);
    var oldToken = token(made.clientId(), made.secret());
    var renewed = asAdmin(() -> registry.newSecret(made.clientId(), version(made.clientId())));
    assertThat(fhirStatus(oldToken)).as("a token got with the old secret").isEqualTo(401);

    assertThat(renewed.clientId()).isEqualTo(made.clientId());
    assertThat(renewed.secret()).isNotEqualTo(made.secret());
    assertThat(tokenStatus(made.clientId(), made.secret())).isEqualTo(401);
    assertThat(tokenStatus(made.clientId(), renewed.secret())).isEqualTo(200);
    var details =
        jdbc.sql("select coalesce(detail, '') from audit_event where record_type = 'api-client'")
            .query(String.class)
            .list();
    assertThat(details).noneMatch(d -> d.contains(made.secret()) || d.contains(renewed.secret()));
  }

  @Test
  void onlyAdministratorsMayListOrChangeClients() {
    assertThatThrownBy(() -> TestData.as("practitioner", () -> registry.list(), "PRACTITIONER"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> TestData.as("manager", () -> registry.register("X", "Y", null, BOTH), "MANAGER"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                TestData.as("referrer", () -> registry.newSecret("demo-gp-system", 0L), "REFERRER"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                TestData.as(
                    "practitioner",
                    () -> registry.deactivate("demo-gp-system", 0L),
                    "PRACTITIONER"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void thePageShowingASecretIsNeitherRedirectedToNorStored() throws Exception {
    var response =
        mvc.perform(
                post("/admin/api-clients")
                    .with(user("admin").roles("ADMIN"))
                    .with(csrf())
                    .param("name", "Brookside Vision")
                    .param("organisation", "Brookside Practice")
                    .param("scopes", "referral.write"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    var clientId =
        jdbc.sql("select client_id from api_client where name = 'Brookside Vision'")
            .query(String.class)
            .single();
    registered.add(clientId);
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
    assertThat(response.getContentAsString()).contains(clientId).contains("Copy the secret now");

    var renewed =
        mvc.perform(
                post("/admin/api-clients/" + clientId + "/secret")
                    .param("version", String.valueOf(version(clientId)))
                    .with(user("admin").roles("ADMIN"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(renewed.getHeader("Cache-Control")).contains("no-store");
    assertThat(renewed.getContentAsString()).contains("New secret made");

    mvc.perform(get("/admin/api-clients").with(user("practitioner").roles("PRACTITIONER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/api-clients/no-such-client/deactivate")
                .with(user("admin").roles("ADMIN"))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  String sent(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form)
      throws Exception {
    return mvc.perform(form.with(user("admin").roles("ADMIN")).with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theRegistrationFormNamesEachProblemKeepsWhatWasTypedAndRegistersOneSystemForADoubleClick()
      throws Exception {
    assertThat(sent(post("/admin/api-clients")))
        .contains("Enter the name of the system")
        .contains("Enter the organisation the system sends referrals for")
        .contains("Select what the system may do")
        .contains("href=\"#scopes\"");
    var nonsense =
        sent(
            post("/admin/api-clients")
                .param("name", "x".repeat(201))
                .param("organisation", "Nonsense Practice")
                .param("odsCode", "Y1234-5")
                .param("scopes", "patient.read"));
    assertThat(nonsense)
        .contains("The name of the system must be 200 characters or fewer")
        .contains("The ODS code must be 3 to 10 letters and numbers")
        .contains("Select what the system may do")
        .contains("value=\"Nonsense Practice\"")
        .contains("value=\"Y1234-5\"");
    assertThat(
            jdbc.sql("select count(*) from api_client where organisation = 'Nonsense Practice'")
                .query(Long.class)
                .single())
        .isZero();

    var first =
        sent(
            post("/admin/api-clients")
                .param("name", "Double Click EMIS")
                .param("organisation", "Double Click Surgery")
                .param("odsCode", " y00002 ")
                .param("scopes", "referral.write", "referral.read"));
    assertThat(first).contains("Copy the secret now");
    var second =
        sent(
            post("/admin/api-clients")
                .param("name", " double click emis ")
                .param("organisation", "Double Click Surgery")
                .param("odsCode", " y00002 ")
                .param("scopes", "referral.write", "referral.read"));
    assertThat(second)
        .as("the second click is the form again, saying why, with what was typed")
        .contains("There is a problem")
        .contains("A system called double click emis is already registered")
        .contains("href=\"#name\"")
        .contains("value=\" double click emis \"")
        .contains("value=\"Double Click Surgery\"")
        .doesNotContain("Copy the secret now");
    registered.addAll(
        jdbc.sql("select client_id from api_client where lower(name) = 'double click emis'")
            .query(String.class)
            .list());
    assertThat(registered).as("two clicks register one system").hasSize(1);
    assertThatThrownBy(
            () -> register("DOUBLE CLICK EMIS", "Another Surgery", null, Set.of("referral.read")))
        .isInstanceOf(ChangeRefused.class)
        .satisfies(
            e -> {
              assertThat(((ChangeRefused) e).messageKey()).isEqualTo("apiClient.name.taken");
              assertThat(((ChangeRefused) e).field()).isEqualTo("name");
            });
    mvc.perform(
            post("/admin/api-clients/no-such-client/secret")
                .with(user("admin").roles("ADMIN"))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aButtonOnAStalePageChangesNothingAndSaysSoButASecondClickOfTheSameChangeIsFine()
      throws Exception {
    var made = register("Stale Page EMIS", "Stale Page Surgery", null, BOTH);
    var clientId = made.clientId();
    var read = version(clientId);
    var secretPage =
        sent(
            post("/admin/api-clients/" + clientId + "/secret")
                .param("version", String.valueOf(read)));
    assertThat(secretPage).contains("New secret made");
    assertThat(version(clientId)).isEqualTo(read + 1);
    var hash =
        jdbc.sql("select secret_hash from api_client where client_id = :c")
            .param("c", clientId)
            .query(String.class)
            .single();

    // The same button again, from the page read before: the secret just made is kept.
    var stale =
        mvc.perform(
                post("/admin/api-clients/" + clientId + "/secret")
                    .param("version", String.valueOf(read))
                    .with(user("admin").roles("ADMIN"))
                    .with(csrf()))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(stale)
        .contains("There is a problem")
        .contains("Stale Page EMIS (" + clientId + ") changed after this page was opened")
        .contains("href=\"#client-" + clientId + "\"")
        .doesNotContain("New secret made");
    assertThat(
            jdbc.sql("select secret_hash from api_client where client_id = :c")
                .param("c", clientId)
                .query(String.class)
                .single())
        .isEqualTo(hash);
    assertThatThrownBy(() -> asAdmin(() -> registry.deactivate(clientId, read)))
        .isInstanceOf(EditConflict.class);
    assertThat(asAdmin(() -> registry.list()))
        .filteredOn(c -> c.clientId().equals(clientId))
        .singleElement()
        .satisfies(c -> assertThat(c.active()).isTrue());

    // Deactivate clicked twice: the second finds it done, and says so as the first did.
    for (int click = 0; click < 2; click++) {
      mvc.perform(
              post("/admin/api-clients/" + clientId + "/deactivate")
                  .param("version", String.valueOf(read + 1))
                  .with(user("admin").roles("ADMIN"))
                  .with(csrf()))
          .andExpect(status().isFound());
    }
    assertThat(version(clientId)).isEqualTo(read + 2);
    assertThat(tokenStatus(clientId, made.secret())).isEqualTo(401);
  }

  @Test
  void refusesDetailsThatWillNotDoNamingEachField() {
    assertThatThrownBy(() -> asAdmin(() -> registry.register(" ", "", "AB", Set.of())))
        .isInstanceOf(ChangeRefused.class)
        .satisfies(
            e -> assertThat(((ChangeRefused) e).messageKey()).isEqualTo("apiClient.name.required"));
    assertThat(ApiClientRegistry.check(" ", "", "AB", Set.of()))
        .extracting(ApiClientRegistry.Problem::field)
        .containsExactly("name", "organisation", "odsCode", "scopes");
    assertThatThrownBy(
            () ->
                asAdmin(
                    () ->
                        registry.register(
                            "x".repeat(201), "Hilltop", "Y1234-5", Set.of("patient.read"))))
        .isInstanceOf(ChangeRefused.class)
        .satisfies(
            e -> {
              assertThat(((ChangeRefused) e).messageKey()).isEqualTo("apiClient.name.size");
              assertThat(((ChangeRefused) e).field()).isEqualTo("name");
            });
    assertThat(
            ApiClientRegistry.check("x".repeat(201), "Hilltop", "Y1234-5", Set.of("patient.read")))
        .extracting(ApiClientRegistry.Problem::messageKey)
        .containsExactly(
            "apiClient.name.size", "apiClient.odsCode.format", "apiClient.scopes.required");
    assertThat(ApiClientRegistry.check("Hilltop EMIS", "o".repeat(201), "", BOTH))
        .containsExactly(
            new ApiClientRegistry.Problem("organisation", "apiClient.organisation.size"));
    assertThat(ApiClientRegistry.check("Hilltop EMIS", "Hilltop", "y00001", BOTH)).isEmpty();
    assertThatThrownBy(() -> asAdmin(() -> registry.deactivate("no-such-client", 0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No such API client");
  }

  @Test
  void makesClientIdsFromTheName() {
    assertThat(ApiClientRegistry.slug("Hilltop EMIS")).isEqualTo("hilltop-emis");
    assertThat(ApiClientRegistry.slug("  St Mary's Hospital — Cerner! "))
        .isEqualTo("st-mary-s-hospital-cerner");
    assertThat(ApiClientRegistry.slug("Ysbyty Gwynedd Llŷn")).isEqualTo("ysbyty-gwynedd-llyn");
    assertThat(ApiClientRegistry.slug("*** ")).isEqualTo("client");
    assertThat(ApiClientRegistry.slug("a".repeat(60))).hasSize(40);
  }
}
