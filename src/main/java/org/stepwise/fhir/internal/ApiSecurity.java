package org.stepwise.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security for the API, apart from the staff pages' sign-in: the OAuth 2.0 token endpoint (client
 * credentials only) and the FHIR endpoint as a resource server taking its bearer JWTs. Scopes
 * decide what a client may do ({@code referral.write} to send, {@code referral.read} to read);
 * refusals are FHIR OperationOutcomes, never HTML.
 *
 * <p>The signing key is made at start-up and kept in memory: tokens stop working when the
 * application restarts (clients simply ask for a new one), and every node of a cluster would need
 * the same key (not needed yet).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain tokenEndpoint(HttpSecurity http) throws Exception {
    http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server")
        .oauth2AuthorizationServer(Customizer.withDefaults())
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
          if (authorities.stream().anyMatch(a -> a.getAuthority().equals("SCOPE_referral.write"))) {
            // A client that sends referrals is a referrer, as far as the referral module is
            // concerned.
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

  @Bean
  KeyPair apiSigningKey() throws NoSuchAlgorithmException {
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(KeyPair apiSigningKey) {
    var key =
        new RSAKey.Builder((RSAPublicKey) apiSigningKey.getPublic())
            .privateKey((RSAPrivateKey) apiSigningKey.getPrivate())
            .keyID(UUID.randomUUID().toString())
            .build();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }

  @Bean
  JwtDecoder jwtDecoder(KeyPair apiSigningKey, ApiClients clients) {
    // The same clock as the verifier's expiry check, not the application's (which tests move).
    return new VerifiedTokens(
        NimbusJwtDecoder.withPublicKey((RSAPublicKey) apiSigningKey.getPublic()).build(),
        java.time.Clock.systemUTC(),
        clients::currentCredentialVersion);
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
