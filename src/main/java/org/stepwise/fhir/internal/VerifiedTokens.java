package org.stepwise.fhir.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers access tokens already verified, until they expire, so that a client sending many
 * requests with one token has its signature checked once rather than on every request (checking
 * it was a tenth of the API's time). Only tokens that passed the full check are remembered; one
 * past its expiry is checked again, and so refused. At most {@link #LIMIT} are kept.
 */
final class VerifiedTokens implements JwtDecoder {

  static final int LIMIT = 10_000;

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

  VerifiedTokens(JwtDecoder verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    var now = clock.instant();
    var known = verified.get(token);
    if (known != null && known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
      return known;
    }
    var jwt = verifier.decode(token);
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
}
