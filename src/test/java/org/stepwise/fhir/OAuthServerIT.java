package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.web.OAuth2TokenEndpointFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.util.ReflectionTestUtils;
import org.stepwise.MovableClock;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/**
 * The OAuth server (H4 of the security review): nothing kept per token issued; {@code
 * /oauth2/revoke} really revokes, on every node, and {@code /oauth2/introspect} says what the FHIR
 * endpoint would do; the OAuth endpoints are rate-limited per client and per address, in
 * PostgreSQL. The application's clock stands still ({@link StillClock}), so the limits do not
 * refill while the test runs however slowly; each test starts with every bucket full by moving the
 * clock on. Requests come "from" addresses of their own (the proxy header the application trusts
 * from this machine), so the address limit is each test's own.
 */
@StepwiseIntegrationTest
@Import(StillClock.class)
class OAuthServerIT extends FhirTestSupport {

  private static final String SEARCH =
      "/fhir/ServiceRequest?identifier=https://gp-system.example/referrals%7Cnone";

  @Autowired MovableClock clock;
  @Autowired ObjectProvider<OAuth2AuthorizationService> authorizationStore;
  @Autowired ApiClientRegistry registry;

  @Autowired
  @Qualifier("tokenEndpoint")
  SecurityFilterChain tokenEndpoint;

  @BeforeEach
  void everyBucketFull() {
    clock.advance(Duration.ofHours(2));
  }

  /** An address in a documentation range, as the proxy header names it. */
  static String address() {
    return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
  }

  @Test
  void manyTokenRequestsLeaveNothingStored() throws Exception {
    var authorizations = authorizationStore.getIfAvailable();
    assertThat(authorizations)
        .as("the application's own store of authorisations, not Spring's default in memory")
        .isNotNull()
        .isNotInstanceOf(InMemoryOAuth2AuthorizationService.class);
    assertThat(clientCredentialsStore())
        .as("the token endpoint stores what it issues in this bean, and no other")
        .isSameAs(authorizations);

    var from = address();
    var tokens = new ArrayList<String>();
    for (var client : List.of(client("referral.read"), client("referral.read"))) {
      for (int i = 0; i < 25; i++) {
        tokens.add(tokenFrom(client, "referral.read", from));
      }
    }
    assertThat(tokens).doesNotHaveDuplicates();
    for (var token : tokens) {
      assertThat(authorizations.findByToken(token, OAuth2TokenType.ACCESS_TOKEN)).isNull();
      assertThat(authorizations.findByToken(token, null)).isNull();
      // Every one still works: self-contained, it needs nothing stored.
    }
    assertThat(send("GET", SEARCH, tokens.getFirst(), null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", SEARCH, tokens.getLast(), null, null).statusCode()).isEqualTo(200);
  }

  /** The store the client-credentials grant saves each token's authorisation in. */
  private Object clientCredentialsStore() {
    var filter =
        tokenEndpoint.getFilters().stream()
            .filter(OAuth2TokenEndpointFilter.class::isInstance)
            .findFirst()
            .orElseThrow();
    var manager =
        (AuthenticationManager) ReflectionTestUtils.getField(filter, "authenticationManager");
    return providers(manager).stream()
        .filter(OAuth2ClientCredentialsAuthenticationProvider.class::isInstance)
        .map(p -> ReflectionTestUtils.getField(p, "authorizationService"))
        .findFirst()
        .orElseThrow();
  }

  private static List<AuthenticationProvider> providers(AuthenticationManager manager) {
    var all = new ArrayList<AuthenticationProvider>();
    if (manager instanceof ProviderManager providers) {
      all.addAll(providers.getProviders());
      var parent = (AuthenticationManager) ReflectionTestUtils.getField(providers, "parent");
      if (parent != null) {
        all.addAll(providers(parent));
      }
    }
    return all;
  }

  @Test
  void aRevokedTokenIsRefusedAndOtherTokensAreNot() throws Exception {
    var from = address();
    var client = client("referral.read");
    var revoked = tokenFrom(client, "referral.read", from);
    var kept = tokenFrom(client, "referral.read", from);
    assertThat(send("GET", SEARCH, revoked, null, null).statusCode()).isEqualTo(200);

    var revoke = oauth("/oauth2/revoke", client, secret(client), "token=" + revoked, from);
    assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(200);

    var refused = send("GET", SEARCH, revoked, null, null);
    assertThat(refused.statusCode()).as("revoked means refused, at once").isEqualTo(401);
    assertThat(outcome(refused).getIssueFirstRep().getDiagnostics()).contains("bearer token");
    assertThat(send("GET", SEARCH, kept, null, null).statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql("select client_id from oauth_revoked_token where client_id = :c")
                .param("c", client)
                .query(String.class)
                .list())
        .as("kept in PostgreSQL, which every node reads")
        .containsExactly(client);

    // Another client cannot revoke this client's token; a token that is not Stepwise's is fine.
    var other = client("referral.read");
    var notYours = oauth("/oauth2/revoke", other, secret(other), "token=" + kept, from);
    assertThat(notYours.statusCode()).isBetween(400, 401);
    assertThat(notYours.body()).contains("invalid_client");
    assertThat(send("GET", SEARCH, kept, null, null).statusCode()).isEqualTo(200);
    assertThat(oauth("/oauth2/revoke", client, secret(client), "token=nonsense", from).statusCode())
        .isEqualTo(200);
  }

  @Test
  void introspectionSaysWhatTheFhirEndpointWouldDo() throws Exception {
    var from = address();
    var client = client("referral.read", "referral.write");
    var token = tokenFrom(client, "referral.read", from);
    var active = JSON.readTree(introspect(client, secret(client), token, from));
    assertThat(active.get("active").asBoolean()).isTrue();
    assertThat(active.get("client_id").asString()).isEqualTo(client);
    assertThat(active.get("scope").asString()).isEqualTo("referral.read");
    assertThat(active.get("exp").asLong()).isPositive();

    var other = client("referral.read");
    assertThat(
            JSON.readTree(introspect(other, secret(other), token, from)).get("active").asBoolean())
        .as("another client's token is not for it to look into")
        .isFalse();

    // A new secret stops the tokens got with the old one: introspection says so too.
    var version =
        TestData.as(
            "admin",
            () ->
                registry.list().stream()
                    .filter(c -> c.clientId().equals(client))
                    .findFirst()
                    .orElseThrow()
                    .version(),
            "ADMIN");
    var secret = TestData.as("admin", () -> registry.newSecret(client, version), "ADMIN").secret();
    assertThat(send("GET", SEARCH, token, null, null).statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(introspect(client, secret, token, from)).get("active").asBoolean())
        .isFalse();

    var fresh =
        JSON.readTree(
                oauth(
                        "/oauth2/token",
                        client,
                        secret,
                        "grant_type=client_credentials&scope=referral.read",
                        from)
                    .body())
            .get("access_token")
            .asString();
    assertThat(JSON.readTree(introspect(client, secret, fresh, from)).get("active").asBoolean())
        .isTrue();
    assertThat(oauth("/oauth2/revoke", client, secret, "token=" + fresh, from).statusCode())
        .isEqualTo(200);
    assertThat(JSON.readTree(introspect(client, secret, fresh, from)).get("active").asBoolean())
        .isFalse();
  }

  private String introspect(String client, String secret, String token, String from)
      throws Exception {
    var response = oauth("/oauth2/introspect", client, secret, "token=" + token, from);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void theTokenEndpointLimitsEachClientAndSaysHowLongToWait() throws Exception {
    var from = address();
    var client = client("referral.read");
    for (int i = 0; i < 30; i++) {
      tokenFrom(client, "referral.read", from);
    }
    var refused =
        oauth(
            "/oauth2/token",
            client,
            secret(client),
            "grant_type=client_credentials&scope=referral.read",
            from);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("json");
    var error = JSON.readTree(refused.body());
    assertThat(error.get("error").asString()).isEqualTo("slow_down");
    assertThat(error.get("error_description").asString()).contains("for this client");
    var wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(wait).isEqualTo(2); // 30 a minute: one every 2 seconds
    assertThat(
            jdbc.sql("select count(*) from api_rate_bucket where subject = :s")
                .param("s", "oauth-client:" + client)
                .query(Long.class)
                .single())
        .as("counted in PostgreSQL, shared by every node")
        .isEqualTo(1);

    // Other clients from the same address are not held up.
    tokenFrom(client("referral.read"), "referral.read", from);

    clock.advance(Duration.ofSeconds(wait));
    tokenFrom(client, "referral.read", from);
  }

  @Test
  void theTokenEndpointLimitsEachAddressBeforeCheckingAnySecret() throws Exception {
    var from = address();
    for (int i = 0; i < 600; i++) {
      var response =
          oauth(
              "/oauth2/token",
              "nobody-" + UUID.randomUUID(),
              "guess",
              "grant_type=client_credentials",
              from);
      assertThat(response.statusCode()).as("attempt " + i).isEqualTo(401);
    }
    var refused =
        oauth(
            "/oauth2/token",
            "nobody-" + UUID.randomUUID(),
            "guess",
            "grant_type=client_credentials",
            from);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(refused.body()).get("error_description").asString())
        .contains("from this address");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    // A real client from there waits too; another address does not.
    var client = client("referral.read");
    assertThat(
            oauth(
                    "/oauth2/token",
                    client,
                    secret(client),
                    "grant_type=client_credentials&scope=referral.read",
                    from)
                .statusCode())
        .isEqualTo(429);
    tokenFrom(client, "referral.read", address());
    assertThat(
            jdbc.sql("select count(*) from api_rate_bucket where subject like '%203.0.113%'")
                .query(Long.class)
                .single())
        .as("addresses are kept only as keyed hashes")
        .isZero();
  }
}
