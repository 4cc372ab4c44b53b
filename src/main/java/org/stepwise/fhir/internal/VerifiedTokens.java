package org.stepwise.fhir.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Also refuses, at once rather than when they expire, tokens issued to a client before it was
 * deactivated or given a new secret. Each token carries the version of the client's credentials it
 * was issued with ({@link #CREDENTIAL_VERSION}); every such change raises the version in the
 * database, and each request compares the two, so a revocation made on any server holds on every
 * server. Tokens revoked one by one ({@link TokenRevocations}) are refused by the same read. What
 * is remembered here is only which signatures were already checked.
 */
final class VerifiedTokens implements JwtDecoder {

  static final int LIMIT = 10_000;

  /** The claim holding the version of the client's credentials when the token was issued. */
  static final String CREDENTIAL_VERSION = "credential_version";

  private final JwtDecoder verifier;
  private final Clock clock;
  private final CurrentVersion currentVersion;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

  /** The version of a client's credentials that a token must carry at least. */
  @FunctionalInterface
  interface CurrentVersion {
    /**
     * @param tokenId the token's {@code jti}, or null
     * @return higher than any token's for a client that is unknown or inactive, or when this token
     *     was revoked
     */
    long of(String clientId, String tokenId);
  }

  /**
   * @param currentVersion a client's credential version now, from the database ({@link
   *     ApiClients#currentCredentialVersion})
   */
  VerifiedTokens(JwtDecoder verifier, Clock clock, CurrentVersion currentVersion) {
    this.verifier = verifier;
    this.clock = clock;
    this.currentVersion = currentVersion;
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
   * Tokens issued with credentials older than the client's current ones, and tokens revoked, are
   * refused.
   */
  private Jwt notRevoked(Jwt jwt) {
    if (jwt.getSubject() == null
        || credentialVersion(jwt) < currentVersion.of(jwt.getSubject(), jwt.getId())) {
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
}
