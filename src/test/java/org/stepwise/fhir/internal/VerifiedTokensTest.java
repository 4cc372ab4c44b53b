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
    var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(tokens.decode("good-1").getSubject()).isEqualTo("client");
    assertThat(tokens.decode("good-1").getSubject()).isEqualTo("client");
    assertThat(checked).containsExactly("good-1");

    var later =
        new VerifiedTokens(verifier, Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
    later.decode("good-2");
    later.decode("good-2");
    assertThat(checked).containsExactly("good-1", "good-2", "good-2");
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThat(checked).containsExactly("forged", "forged");
  }

  @Test
  void keepsNoMoreThanTheLimit() {
    var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
    for (int i = 0; i <= VerifiedTokens.LIMIT; i++) {
      tokens.decode("good-" + i);
    }
    tokens.decode("good-0");
    assertThat(checked).hasSize(VerifiedTokens.LIMIT + 2);
  }

  @Test
  void tokensIssuedUpToARevocationAreRefusedEvenIfRemembered() {
    var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
    tokens.decode("good-before");
    tokens.on(new ClientTokensRevoked("client", NOW.plusMillis(400)));
    assertThatThrownBy(() -> tokens.decode("good-before"))
        .isInstanceOf(BadJwtException.class)
        .hasMessageContaining("revoked");

    JwtDecoder later =
        token ->
            Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .claim("sub", "client")
                .issuedAt(NOW.plusSeconds(1))
                .expiresAt(NOW.plus(Duration.ofMinutes(15)))
                .build();
    assertThat(
            new VerifiedTokens(later, Clock.fixed(NOW, ZoneOffset.UTC))
                .decode("good-after")
                .getSubject())
        .isEqualTo("client");
    var sameServer = new VerifiedTokens(later, Clock.fixed(NOW, ZoneOffset.UTC));
    sameServer.on(new ClientTokensRevoked("client", NOW));
    sameServer.on(new ClientTokensRevoked("someone-else", NOW.plusSeconds(5)));
    assertThat(sameServer.decode("good-after").getSubject()).isEqualTo("client");
  }
}
