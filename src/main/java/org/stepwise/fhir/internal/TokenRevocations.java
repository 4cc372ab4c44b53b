package org.stepwise.fhir.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenRevocationAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access tokens revoked one at a time, through {@code POST /oauth2/revoke}: each kept in PostgreSQL
 * by its id ({@code jti}) until it would have expired, and refused by every node on its next
 * request ({@link ApiClients#currentCredentialVersion}, read on every request with no cache). Also
 * answers {@code POST /oauth2/introspect} from the token itself and that list.
 *
 * <p>A client may revoke and introspect only its own tokens (RFC 7009 and 7662): another client's
 * token is refused ({@code invalid_client}) by the revocation endpoint and reported inactive by the
 * introspection endpoint. A token that is not Stepwise's, or has expired, is accepted for
 * revocation with nothing to do, as RFC 7009 asks.
 */
final class TokenRevocations {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  /** The clock tokens are issued and checked by (the system's, as the verifier uses). */
  private final Clock tokenClock;

  TokenRevocations(JdbcClient jdbc, TransactionTemplate transactions, Clock tokenClock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.tokenClock = tokenClock;
  }

  /** Revokes one token until it expires; the rows of tokens expired since are deleted. */
  void revoke(String jti, String clientId, Instant expiresAt) {
    var now = tokenClock.instant();
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("delete from oauth_revoked_token where expires_at < :now")
              .param("now", Timestamp.from(now))
              .update();
          jdbc.sql(
                  """
                  insert into oauth_revoked_token
                    (id, jti, client_id, expires_at, created_at, created_by)
                  values (:id, :jti, :client, :expires, :now, :client)
                  on conflict (jti) do nothing""")
              .param("id", UUID.randomUUID())
              .param("jti", jti)
              .param("client", clientId)
              .param("expires", Timestamp.from(expiresAt == null ? now : expiresAt))
              .param("now", Timestamp.from(now))
              .update();
        });
  }

  /**
   * {@code /oauth2/revoke}.
   *
   * @param signatureOnly checks only that the token is Stepwise's and unexpired
   */
  AuthenticationProvider revocation(JwtDecoder signatureOnly) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        var request = (OAuth2TokenRevocationAuthenticationToken) authentication;
        var client = authenticatedClient(request.getPrincipal());
        Jwt jwt;
        try {
          jwt = signatureOnly.decode(request.getToken());
        } catch (JwtException notOursOrExpired) {
          // Nothing to revoke; RFC 7009 answers 200 all the same.
          return new OAuth2TokenRevocationAuthenticationToken(
              accessToken(request.getToken()), client);
        }
        if (!client.getRegisteredClient().getClientId().equals(jwt.getSubject())) {
          throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        if (jwt.getId() != null) {
          revoke(jwt.getId(), jwt.getSubject(), jwt.getExpiresAt());
        }
        return new OAuth2TokenRevocationAuthenticationToken(
            new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                jwt.getTokenValue(),
                jwt.getIssuedAt(),
                jwt.getExpiresAt()),
            client);
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return OAuth2TokenRevocationAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  /**
   * {@code /oauth2/introspect}: active exactly when the FHIR endpoint would take the token now.
   *
   * @param fullCheck the FHIR endpoint's own check (signature, expiry, revocation, credentials)
   */
  AuthenticationProvider introspection(JwtDecoder fullCheck) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        var request = (OAuth2TokenIntrospectionAuthenticationToken) authentication;
        var client = authenticatedClient(request.getPrincipal());
        Jwt jwt;
        try {
          jwt = fullCheck.decode(request.getToken());
        } catch (JwtException notActive) {
          return inactive(request, client);
        }
        if (!client.getRegisteredClient().getClientId().equals(jwt.getSubject())) {
          return inactive(request, client);
        }
        var claims =
            OAuth2TokenIntrospection.builder(true)
                .clientId(jwt.getSubject())
                .subject(jwt.getSubject())
                .tokenType(OAuth2AccessToken.TokenType.BEARER.getValue());
        if (jwt.getIssuedAt() != null) {
          claims.issuedAt(jwt.getIssuedAt());
        }
        if (jwt.getExpiresAt() != null) {
          claims.expiresAt(jwt.getExpiresAt());
        }
        if (jwt.getNotBefore() != null) {
          claims.notBefore(jwt.getNotBefore());
        }
        if (jwt.getId() != null) {
          claims.id(jwt.getId());
        }
        var scopes = jwt.getClaimAsStringList("scope");
        if (scopes != null) {
          scopes.forEach(claims::scope);
        }
        return new OAuth2TokenIntrospectionAuthenticationToken(
            request.getToken(), client, claims.build());
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return OAuth2TokenIntrospectionAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  private static OAuth2TokenIntrospectionAuthenticationToken inactive(
      OAuth2TokenIntrospectionAuthenticationToken request, OAuth2ClientAuthenticationToken client) {
    return new OAuth2TokenIntrospectionAuthenticationToken(
        request.getToken(), client, OAuth2TokenIntrospection.builder().build());
  }

  private OAuth2AccessToken accessToken(String value) {
    var now = tokenClock.instant();
    return new OAuth2AccessToken(
        OAuth2AccessToken.TokenType.BEARER, value, now, now.plus(ApiClients.TOKEN_LIFE));
  }

  private static OAuth2ClientAuthenticationToken authenticatedClient(Object principal) {
    if (principal instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()) {
      return client;
    }
    throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
  }
}
