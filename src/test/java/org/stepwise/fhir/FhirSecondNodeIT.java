package org.stepwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.stepwise.StepwiseApplication;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;

/**
 * Two nodes on one database (M2 and H4 of the security review, and L4's "at once"): a second
 * application started in this test on the first one's PostgreSQL, as a second node or a restart
 * would be. It signs with the key the first stored (encrypted with the configured key), publishes
 * the same key id, takes the first node's tokens, and refuses a token revoked, or a client
 * deactivated, on the first node straight away.
 */
@StepwiseIntegrationTest
@TestPropertySource(properties = "stepwise.oauth.key-encryption-key=" + FhirSecondNodeIT.KEY)
class FhirSecondNodeIT extends FhirTestSupport {

  /** 32 bytes, base64: the key encryption key both nodes are configured with. */
  static final String KEY = "q7n0m8Yc3JmJ0v9yXb8c0p0lXhHj2WmFqjZ8QmT0k5E=";

  private static final String SEARCH =
      "/fhir/ServiceRequest?identifier=https://gp-system.example/referrals%7Cnone";

  @Autowired DataSource dataSource;
  @Autowired ApiClientRegistry registry;

  private String database() throws Exception {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    }
  }

  /** The application again, on this one's database (command-line arguments, as a node is run). */
  private ConfigurableApplicationContext secondNode(String key) throws Exception {
    return new SpringApplicationBuilder(StepwiseApplication.class)
        .run(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--stepwise.database.url=" + database(),
            "--stepwise.database.username=postgres",
            "--stepwise.database.password=",
            "--stepwise.database.data-dir=",
            "--stepwise.oauth.key-encryption-key=" + key);
  }

  private HttpResponse<String> get(int port, String path, String token) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/fhir+json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSecondNodeSignsWithTheStoredKeyTakesTheFirstsTokensAndItsRevocations() throws Exception {
    var client = client("referral.read", "referral.write");
    var fromFirst = tokenFrom(client, "referral.read", null);
    var revokedOnFirst = tokenFrom(client, "referral.read", null);

    try (var node = secondNode(KEY)) {
      int second = node.getEnvironment().getProperty("local.server.port", Integer.class);

      assertThat(get(second, SEARCH, fromFirst).statusCode())
          .as("a token from the first node works on the second")
          .isEqualTo(200);
      var fromSecond =
          JSON.readTree(
                  HTTP.send(
                          HttpRequest.newBuilder(
                                  URI.create("http://localhost:" + second + "/oauth2/token"))
                              .header(
                                  "Authorization",
                                  "Basic "
                                      + Base64.getEncoder()
                                          .encodeToString(
                                              (client + ":" + secret(client)).getBytes()))
                              .header("Content-Type", "application/x-www-form-urlencoded")
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "grant_type=client_credentials&scope=referral.read"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .get("access_token")
              .asString();
      assertThat(get(port, SEARCH, fromSecond).statusCode()).isEqualTo(200);

      assertThat(jdbc.sql("select count(*) from oauth_signing_key").query(Long.class).single())
          .as("the second node read the stored key rather than making one")
          .isEqualTo(1);
      var kid = jdbc.sql("select kid from oauth_signing_key").query(String.class).single();
      for (var p : List.of(port, second)) {
        var keys = JSON.readTree(get(p, "/oauth2/jwks", null).body()).get("keys");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).get("kid").asString()).isEqualTo(kid);
      }

      assertThat(get(second, SEARCH, revokedOnFirst).statusCode()).isEqualTo(200);
      assertThat(
              oauth("/oauth2/revoke", client, secret(client), "token=" + revokedOnFirst, null)
                  .statusCode())
          .isEqualTo(200);
      assertThat(get(second, SEARCH, revokedOnFirst).statusCode())
          .as("revoked on the first node, refused on the second at once")
          .isEqualTo(401);

      // Deactivated on the first node: "the tokens it already has stop working at once", on
      // every node.
      TestData.as(
          "admin",
          () -> {
            var version =
                registry.list().stream()
                    .filter(c -> c.clientId().equals(client))
                    .findFirst()
                    .orElseThrow()
                    .version();
            return registry.deactivate(client, version);
          },
          "ADMIN");
      assertThat(get(second, SEARCH, fromFirst).statusCode()).isEqualTo(401);
      assertThat(get(second, SEARCH, fromSecond).statusCode()).isEqualTo(401);
      assertThat(get(port, SEARCH, fromSecond).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theSigningKeyIsStoredEncryptedWithTheConfiguredKey() throws Exception {
    tokenFrom(client("referral.read"), "referral.read", null);
    var row =
        jdbc.sql("select kid, public_key, private_key, nonce from oauth_signing_key")
            .query(
                (r, n) ->
                    new Object[] {
                      r.getString("kid"),
                      r.getBytes("public_key"),
                      r.getBytes("private_key"),
                      r.getBytes("nonce")
                    })
            .single();
    var kid = (String) row[0];
    var publicKey =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec((byte[]) row[1]));
    var stored = (byte[]) row[2];
    assertThatThrownBy(
            () -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(stored)))
        .as("not a private key as it stands")
        .isNotNull();

    var cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"),
        new GCMParameterSpec(128, (byte[]) row[3]));
    cipher.updateAAD(kid.getBytes());
    var privateKey =
        (RSAPrivateCrtKey)
            KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(cipher.doFinal(stored)));
    assertThat(privateKey.getModulus()).isEqualTo(publicKey.getModulus());

    assertThatThrownBy(
            () -> {
              try (var started = secondNode("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")) {
                // started: the assertion below fails
              }
            })
        .as("a node with another key encryption key does not start")
        .hasStackTraceContaining("cannot be decrypted with stepwise.oauth.key-encryption-key");
  }
}
