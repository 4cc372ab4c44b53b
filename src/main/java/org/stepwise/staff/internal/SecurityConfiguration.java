package org.stepwise.staff.internal;

import java.util.LinkedHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.stepwise.audit.AuditLog;

/**
 * The web security every page shares: form sign-in at {@code /login}, CSRF protection, a new
 * session id on sign-in, a lock-out after failed sign-ins by name and by address ({@link
 * SignInGuard}), sessions that end at the next click when their account is disabled or changed
 * ({@link SessionCheck}), strict security headers (no inline script) and method security, so that
 * each module declares its access rules on its service API.
 *
 * <p>A visitor who has not signed in gets no server session just by reading a page: the CSRF token
 * is kept in a cookie ({@value #CSRF_COOKIE}, HttpOnly, SameSite=Lax) and so is the address of a
 * protected page asked for before signing in. So anonymous reads cost no memory, and a public form
 * (a self-referral, an online questionnaire) sent an hour after it was opened is still accepted.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  static final String CSRF_COOKIE = "STEPWISE_CSRF";

  @Bean
  SecurityFilterChain webSecurity(
      HttpSecurity http, SignInGuard guard, JdbcClient jdbc, AuditLog auditLog) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/refer-yourself",
                        "/refer-yourself/**",
                        "/questionnaire/*",
                        "/assets/**",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/error",
                        "/form-expired",
                        "/actuator/health",
                        "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, exception) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (exception instanceof LockedException
                                            || guard.locked(
                                                request.getParameter("username"),
                                                request.getRemoteAddr())
                                        ? "/login?locked"
                                        : "/login?error")))
                    .permitAll())
        .addFilterBefore(new SessionCheck(jdbc, auditLog), AuthorizationFilter.class)
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
        .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDenied()))
        .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny())
                    .permissionsPolicyHeader(
                        permissions ->
                            permissions.policy("camera=(), microphone=(), geolocation=()")));
    return http.build();
  }

  /**
   * A form whose CSRF token cannot be checked (the browser lost its cookies while the form was
   * open) gets the page that explains it and, for a public form, offers to send what was typed
   * again; anything else refused is the usual "you cannot open this page".
   */
  private static AccessDeniedHandler accessDenied() {
    var expired = new AccessDeniedHandlerImpl();
    expired.setErrorPage("/form-expired");
    var handlers = new LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler>();
    handlers.put(CsrfException.class, expired);
    return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
  }

  /** The CSRF token in a cookie the page's scripts cannot read, sent only to our own pages. */
  private static CookieCsrfTokenRepository csrfTokens() {
    var tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName(CSRF_COOKIE);
    tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
    return tokens;
  }

  /**
   * No Micrometer observations of each security filter, authentication and authorisation: they cost
   * more than the checks themselves on every request (about an eighth of the FHIR API's time in
   * profiles) and nothing reads them. Requests are still timed as a whole (http.server.requests).
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
