package org.stepwise.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.database.DemoData;

/**
 * Security for the API, apart from the staff pages' sign-in: the OAuth 2.0 token endpoint (client
 * credentials only) and the FHIR endpoint as a resource server taking its bearer JWTs. Scopes
 * decide what a client may do ({@code referral.write} to send, {@code referral.read} to read);
 * refusals are FHIR OperationOutcomes, never HTML.
 *
 * <p>Nothing a second node needs is kept in memory. The signing key is in PostgreSQL, encrypted
 * with the configured key encryption key ({@link SigningKey}), and published with its key id at
 * {@code /oauth2/jwks}; tokens outlive a restart and every node takes every node's tokens. Nothing
 * issued is stored ({@link NoStoredAuthorizations}): tokens are self-contained. A client's tokens
 * issued before it was deactivated or given a new secret, and tokens revoked one by one at {@code
 * /oauth2/revoke} ({@link TokenRevocations}), are refused by reading PostgreSQL on every request.
 * The OAuth endpoints are rate-limited per client and per address ({@link TokenEndpointLimits}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

  /** The clock tokens are issued and checked by: the system's, as the token generator uses. */
  private static final Clock TOKEN_CLOCK = Clock.systemUTC();

  @Bean
  @Order(1)
  SecurityFilterChain tokenEndpoint(
      HttpSecurity http, TokenRevocations revocations, RSAKey apiSigningKey, JwtDecoder decoder)
      throws Exception {
    var signatureOnly = NimbusJwtDecoder.withPublicKey(apiSigningKey.toRSAPublicKey()).build();
    http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server")
        .oauth2AuthorizationServer(
            server ->
                server
                    .tokenRevocationEndpoint(
                        revoke ->
                            revoke.authenticationProviders(
                                providers -> {
                                  providers.clear();
                                  providers.add(revocations.revocation(signatureOnly));
                                }))
                    .tokenIntrospectionEndpoint(
                        introspect ->
                            introspect.authenticationProviders(
                                providers -> {
                                  providers.clear();
                                  providers.add(revocations.introspection(decoder));
                                })))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain fhirEndpoint(HttpSecurity http, JwtDecoder decoder, FhirContext fhir)
      throws Exception {
    var scopes = new JwtGrantedAuthoritiesConverter();
    var converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        jwt -> {
          var authorities = new ArrayList<GrantedAuthority>(scopes.convert(jwt));
          if (authorities.stream()
              .anyMatch(
                  a ->
                      a.getAuthority().equals("SCOPE_referral.write")
                          || a.getAuthority().equals("SCOPE_referral.read"))) {
            // A client that sends referrals, or reads back the ones it sent, is a referrer as far
            // as the referral and person modules are concerned (reading a ServiceRequest reads
            // its patient). What each scope allows is checked in ElectronicReferrals.
            authorities.add(new SimpleGrantedAuthority("ROLE_REFERRER"));
          }
          return authorities;
        });
    AuthenticationEntryPoint noToken =
        (request, response, e) ->
            outcome(
                fhir,
                response,
                401,
                OperationOutcome.IssueType.LOGIN,
                "A valid bearer token is needed: ask /oauth2/token for one");
    AccessDeniedHandler notAllowed =
        (request, response, e) ->
            outcome(
                fhir,
                response,
                403,
                OperationOutcome.IssueType.FORBIDDEN,
                "This client's scopes do not allow that");
    http.securityMatcher("/fhir", "/fhir/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/fhir/metadata")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/fhir/**")
                    .hasAuthority("SCOPE_referral.read")
                    .requestMatchers(HttpMethod.POST, "/fhir", "/fhir/**")
                    .hasAuthority("SCOPE_referral.write")
                    .anyRequest()
                    .denyAll())
        .oauth2ResourceServer(
            resource ->
                resource
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(noToken)
                    .accessDeniedHandler(notAllowed))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(noToken).accessDeniedHandler(notAllowed))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /** Writes an OperationOutcome as the whole response. */
  static void outcome(
      FhirContext fhir,
      HttpServletResponse response,
      int status,
      OperationOutcome.IssueType type,
      String message)
      throws IOException {
    var outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(type)
        .setDiagnostics(message);
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setContentType("application/fhir+json;charset=UTF-8");
    response.getWriter().write(fhir.newJsonParser().encodeResourceToString(outcome));
  }

  /** The key that encrypts the signing key at rest. */
  @Bean
  KeyEncryptionKey keyEncryptionKey(
      @Value("${stepwise.oauth.key-encryption-key:}") String configured,
      @Value("${stepwise.database.data-dir:}") String dataDir,
      DemoData demoData) {
    return KeyEncryptionKey.resolve(configured, demoData.enabled(), dataDir);
  }

  /** The signing key, the same on every node and after a restart. */
  @Bean
  RSAKey apiSigningKey(
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager,
      KeyEncryptionKey keyEncryptionKey,
      Clock clock) {
    return SigningKey.load(
        jdbc, new TransactionTemplate(transactionManager), keyEncryptionKey, clock);
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(RSAKey apiSigningKey) {
    return new ImmutableJWKSet<>(new JWKSet(apiSigningKey));
  }

  @Bean
  JwtDecoder jwtDecoder(RSAKey apiSigningKey, ApiClients clients) throws Exception {
    // The same clock as the verifier's expiry check, not the application's (which tests move).
    return new VerifiedTokens(
        NimbusJwtDecoder.withPublicKey(apiSigningKey.toRSAPublicKey()).build(),
        TOKEN_CLOCK,
        clients::currentCredentialVersion);
  }

  /** Keeps nothing: tokens are self-contained, so nothing issued grows the heap. */
  @Bean
  OAuth2AuthorizationService authorizationService() {
    return new NoStoredAuthorizations();
  }

  @Bean
  TokenRevocations tokenRevocations(
      JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    return new TokenRevocations(jdbc, new TransactionTemplate(transactionManager), TOKEN_CLOCK);
  }

  /**
   * The OAuth endpoints' rate limits, ahead of Spring Security so that a refused request costs no
   * secret check.
   */
  @Bean
  FilterRegistrationBean<TokenEndpointLimits> tokenEndpointLimits(
      RateBuckets buckets,
      KeyEncryptionKey keyEncryptionKey,
      @Value("${stepwise.oauth.token-requests-per-minute:30}") double clientPerMinute,
      @Value("${stepwise.oauth.token-requests-per-minute-per-address:600}")
          double addressPerMinute) {
    var registration =
        new FilterRegistrationBean<>(
            new TokenEndpointLimits(
                buckets,
                clientPerMinute,
                addressPerMinute,
                keyEncryptionKey.derive("stepwise rate-limit address hashes")));
    registration.addUrlPatterns("/oauth2/token", "/oauth2/revoke", "/oauth2/introspect");
    registration.setOrder(-110); // before Spring Security's filter chain (-100)
    return registration;
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  /**
   * Puts the client's organisation in its tokens, and the version of the credentials it proved
   * (read with the secret it was checked against, so a secret changed meanwhile cannot give a token
   * that outlives the change), and notes when each client last had one.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> apiTokenCustomizer(ApiClients clients) {
    return context -> {
      var client = context.getRegisteredClient();
      var organisation = clients.organisationOf(client.getClientId());
      if (organisation != null) {
        context.getClaims().claim("organisation", organisation);
      }
      Object version = client.getClientSettings().getSetting(ApiClients.CREDENTIAL_VERSION);
      if (version != null) {
        context.getClaims().claim(VerifiedTokens.CREDENTIAL_VERSION, version);
      }
      clients.used(client.getClientId());
    };
  }
}
