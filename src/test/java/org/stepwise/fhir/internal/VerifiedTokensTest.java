package org.stepwise.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  /**
   * Stands in for the signature check: "good-…" tokens expire in 15 minutes, others are refused.
   */
  private final List<String> checked = new ArrayList<>();

  private final JwtDecoder verifier =
      token -> {
        checked.add(token);
        if (!token.startsWith("good")) {
          throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .claim("sub", "client")
            .issuedAt(NOW)
            .expiresAt(NOW.plus(Duration.ofMinutes(15)))
            .build();
      };

  @Test
  void aVerifiedTokenIsCheckedOnceUntilItExpires() {
    var tokens =
        new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC), (client, jti) -> -1);
    assertThat(tokens.decode("good-1").getSubject()).isEqualTo("client");
    assertThat(tokens.decode("good-1").getSubject()).isEqualTo("client");
    assertThat(checked).containsExactly("good-1");

    var later =
        new VerifiedTokens(
            verifier,
            Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC),
            (client, jti) -> -1);
    later.decode("good-2");
    later.decode("good-2");
    assertThat(checked).containsExactly("good-1", "good-2", "good-2");
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    var tokens =
        new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC), (client, jti) -> -1);
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThat(checked).containsExactly("forged", "forged");
  }

  @Test
  void keepsNoMoreThanTheLimit() {
    var tokens =
        new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC), (client, jti) -> -1);
    for (int i = 0; i <= VerifiedTokens.LIMIT; i++) {
      tokens.decode("good-" + i);
    }
    tokens.decode("good-0");
    assertThat(checked).hasSize(VerifiedTokens.LIMIT + 2);
  }

  @Test
  void tokensIssuedWithOlderCredentialsThanTheClientsCurrentOnesAreRefusedEvenIfRemembered() {
    // "good-v2" was issued with version 2 of the client's credentials; "good-…" with none.
    JwtDecoder versioned =
        token -> {
          var jwt =
              Jwt.withTokenValue(token)
                  .header("alg", "RS256")
                  .claim("sub", "client")
                  .issuedAt(NOW)
                  .expiresAt(NOW.plus(Duration.ofMinutes(15)));
          if (token.matches(".*-v\\d")) {
            jwt.claim(
                VerifiedTokens.CREDENTIAL_VERSION,
                Long.parseLong(token.substring(token.length() - 1)));
          }
          return jwt.build();
        };
    var current = new java.util.HashMap<String, Long>(java.util.Map.of("client", 2L));
    var tokens =
        new VerifiedTokens(
            versioned,
            Clock.fixed(NOW, ZoneOffset.UTC),
            (client, jti) -> current.getOrDefault(client, Long.MAX_VALUE));
    tokens.decode("good-v2");
    current.put("client", 3L); // a new secret, saved by this or another server
    assertThatThrownBy(() -> tokens.decode("good-v2"))
        .as("remembered, but older than the credentials now")
        .isInstanceOf(BadJwtException.class)
        .hasMessageContaining("revoked");
    assertThat(tokens.decode("good-v3").getSubject())
        .as("issued in the same second as the change, with the new credentials")
        .isEqualTo("client");
    assertThatThrownBy(() -> tokens.decode("good-without-a-version"))
        .as("a token with no version is older than any credentials")
        .isInstanceOf(BadJwtException.class);
    current.remove("client"); // deactivated: no active client of that name
    assertThatThrownBy(() -> tokens.decode("good-v3")).isInstanceOf(BadJwtException.class);
  }
}
