package org.stepwise.fhir.internal;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorisation server's store of authorisations, which keeps nothing. The API grants client
 * credentials only, and its access tokens are self-contained JWTs checked by their signature, so
 * nothing issued needs remembering; without this, Spring's default kept every token issued in
 * memory for ever. Revocation does not go through here: {@link TokenRevocations} keeps revoked
 * tokens in PostgreSQL, and {@link ApiSecurity} answers {@code /oauth2/revoke} and {@code
 * /oauth2/introspect} from there and from the token itself.
 */
final class NoStoredAuthorizations implements OAuth2AuthorizationService {

  @Override
  public void save(OAuth2Authorization authorization) {
    // Nothing to keep: the token carries everything.
  }

  @Override
  public void remove(OAuth2Authorization authorization) {
    // Nothing was kept.
  }

  @Override
  public OAuth2Authorization findById(String id) {
    return null;
  }

  @Override
  public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
    return null;
  }
}
