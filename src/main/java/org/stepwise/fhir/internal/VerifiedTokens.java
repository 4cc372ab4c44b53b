package org.stepwise.fhir.internal;

import java.time.Clock;
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
 * ClientTokensRevoked}: deactivated, or a new secret), at once rather than when they expire. Each
 * token carries the version of the client's credentials it was issued with ({@link
 * #CREDENTIAL_VERSION}, from the client the authorisation server checked the secret of); a
 * revocation refuses every token with an older one, however close in time the two were. Like the
 * signing key, this is kept in memory: one Stepwise server.
 */
final class VerifiedTokens implements JwtDecoder {

  static final int LIMIT = 10_000;

  /** The claim holding the version of the client's credentials when the token was issued. */
  static final String CREDENTIAL_VERSION = "credential_version";

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
  private final Map<String, Long> validFromVersion = new ConcurrentHashMap<>();

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

  /** Tokens issued with credentials older than the client's last revocation are refused. */
  private Jwt notRevoked(Jwt jwt) {
    var validFrom = jwt.getSubject() == null ? null : validFromVersion.get(jwt.getSubject());
    if (validFrom != null && credentialVersion(jwt) < validFrom) {
      throw new BadJwtException("This token was revoked: ask for a new one");
    }
    return jwt;
  }

  /** The version a token was issued with; -1 for a token without one (older than any). */
  static long credentialVersion(Jwt jwt) {
    Object claim = jwt.getClaim(CREDENTIAL_VERSION);
    if (claim instanceof Number number) {
      return number.longValue();
    }
    try {
      return claim == null ? -1 : Long.parseLong(claim.toString());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  @EventListener
  void on(ClientTokensRevoked revoked) {
    validFromVersion.merge(revoked.clientId(), revoked.credentialVersion(), Math::max);
    verified.values().removeIf(jwt -> revoked.clientId().equals(jwt.getSubject()));
  }
}
