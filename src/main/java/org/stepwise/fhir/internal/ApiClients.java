package org.stepwise.fhir.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The clinical systems registered to use the API, as the authorisation server sees them: client
 * credentials only, secrets stored as hashes, short-lived JWT access tokens. Registration happens
 * in the admin pages (or, in demo mode, {@link DemoApiClient}); this repository only reads.
 */
@Component
class ApiClients implements RegisteredClientRepository {

  /** How long an access token lasts. */
  static final Duration TOKEN_LIFE = Duration.ofMinutes(15);

  /**
   * The client setting holding the version of the client's credentials as read with its secret
   * hash: what a token issued after checking that secret carries.
   */
  static final String CREDENTIAL_VERSION = "stepwise.credential-version";

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiClients(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The version of a client's credentials now; {@link Long#MAX_VALUE} (newer than any token's) for
   * a client that is not registered or not active, or when the token was revoked ({@link
   * TokenRevocations}). Read on every API request, with no cache, so that a secret changed, a
   * client deactivated or a token revoked on one server refuses those tokens on all of them.
   *
   * @param tokenId the token's {@code jti}, or null
   */
  long currentCredentialVersion(String clientId, String tokenId) {
    return jdbc.sql(
            """
            select version from api_client where client_id = :c and active
              and not exists (select 1 from oauth_revoked_token where jti = cast(:j as text))""")
        .param("c", clientId)
        .param("j", tokenId)
        .query(Long.class)
        .optional()
        .orElse(Long.MAX_VALUE);
  }

  @Override
  public void save(RegisteredClient registeredClient) {
    throw new UnsupportedOperationException("Register API clients in the admin pages");
  }

  @Override
  public RegisteredClient findById(String id) {
    try {
      return find("id = :v", UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    return find("client_id = :v", clientId);
  }

  /** The organisation a client acts for. */
  String organisationOf(String clientId) {
    return jdbc.sql("select organisation from api_client where client_id = :c")
        .param("c", clientId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** Notes that a client was just issued a token. */
  void used(String clientId) {
    jdbc.sql("update api_client set last_used_at = :now where client_id = :c")
        .param("now", Timestamp.from(clock.instant()))
        .param("c", clientId)
        .update();
  }

  private RegisteredClient find(String where, Object value) {
    return jdbc.sql("select * from api_client where active and " + where)
        .param("v", value)
        .query(
            (r, n) -> {
              var scopes = Arrays.asList((String[]) r.getArray("scopes").getArray());
              return RegisteredClient.withId(r.getObject("id", UUID.class).toString())
                  .clientId(r.getString("client_id"))
                  .clientName(r.getString("name"))
                  .clientSecret(r.getString("secret_hash"))
                  .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                  .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                  .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                  .scopes(s -> s.addAll(scopes))
                  .clientSettings(
                      ClientSettings.builder()
                          .setting(CREDENTIAL_VERSION, r.getLong("version"))
                          .build())
                  .tokenSettings(
                      TokenSettings.builder()
                          .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                          .accessTokenTimeToLive(TOKEN_LIFE)
                          .build())
                  .build();
            })
        .optional()
        .orElse(null);
  }
}
