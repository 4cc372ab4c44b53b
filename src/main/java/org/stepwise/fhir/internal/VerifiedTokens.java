package org.stepwise.fhir.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers access tokens already verified, until they expire, so that a client sending many
 * requests with one token has its signature checked once rather than on every request (checking it
 * was a tenth of the API's time). Only tokens that passed the full check are remembered; one past
 * its expiry is checked again, and so refused. At most {@link #LIMIT} are kept.
 *
 * <p>Also refuses tokens issued to a client before its tokens were revoked ({@link
 * ClientTokensRevoked}: deactivated, or a new secret), at once rather than when they expire. Like
 * the signing key, this is kept in memory: one Stepwise server.
 */
final class VerifiedTokens implements JwtDecoder {

  static final int LIMIT = 10_000;

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
  private final Map<String, Instant> revokedUpTo = new ConcurrentHashMap<>();

  VerifiedTokens(JwtDecoder verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    var now = clock.instant();
    var known = verified.get(token);
    if (known != null && known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
      return notRevoked(known);
    }
    var jwt = notRevoked(verifier.decode(token));
    if (jwt.getExpiresAt() != null) {
      if (verified.size() >= LIMIT) {
        verified.values().removeIf(old -> !now.isBefore(old.getExpiresAt()));
        if (verified.size() >= LIMIT) {
          verified.clear();
        }
      }
      verified.put(token, jwt);
    }
    return jwt;
  }

  /**
   * Tokens issued in the second of the revocation or before are refused (a token says its issue
   * time in seconds).
   */
  private Jwt notRevoked(Jwt jwt) {
    var revoked = jwt.getSubject() == null ? null : revokedUpTo.get(jwt.getSubject());
    if (revoked != null && (jwt.getIssuedAt() == null || !jwt.getIssuedAt().isAfter(revoked))) {
      throw new BadJwtException("This token was revoked: ask for a new one");
    }
    return jwt;
  }

  @EventListener
  void on(ClientTokensRevoked revoked) {
    revokedUpTo.merge(
        revoked.clientId(),
        revoked.at().truncatedTo(ChronoUnit.SECONDS),
        (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    verified.values().removeIf(jwt -> revoked.clientId().equals(jwt.getSubject()));
  }
}
