package org.stepwise.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;

/**
 * Checks a signed-in session against its account on every page request: a session of an account
 * that has been disabled, or whose session version has moved on since sign-in (roles changed,
 * password reset or changed elsewhere), ends there and then, and the user is sent to sign in. A
 * user whose password was reset by an administrator is sent to choose their own before anything
 * else. The state is read from PostgreSQL, so a change made on one node holds on every node at the
 * next click; static files skip the check.
 */
public final class SessionCheck extends OncePerRequestFilter {

  /**
   * The session version a session holds after its own user changed the password in it (their other
   * sessions end; this one carries on). Absent: the version the user signed in with.
   */
  static final String VERSION = SessionCheck.class.getName() + ".version";

  static final String CHANGE_PASSWORD = "/account/password";

  private static final List<String> STATIC =
      List.of("/assets/", "/webjars/", "/css/", "/js/", "/favicon.ico");

  private static final List<String> ALLOWED_BEFORE_CHANGE =
      List.of(CHANGE_PASSWORD, "/logout", "/error", "/login");

  private final JdbcClient jdbc;
  private final AuditLog auditLog;

  SessionCheck(JdbcClient jdbc, AuditLog auditLog) {
    this.jdbc = jdbc;
    this.auditLog = auditLog;
  }

  private record Account(UUID id, boolean enabled, long sessionVersion, boolean mustChange) {}

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    var path = path(request);
    return STATIC.stream().anyMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof SignedInStaff staff)) {
      chain.doFilter(request, response);
      return;
    }
    var account =
        jdbc.sql(
                "select id, enabled, session_version, must_change_password from staff_user"
                    + " where lower(username) = lower(:username)")
            .param("username", staff.getUsername())
            .query(
                (row, n) ->
                    new Account(
                        row.getObject("id", UUID.class),
                        row.getBoolean("enabled"),
                        row.getLong("session_version"),
                        row.getBoolean("must_change_password")))
            .optional();
    var session = request.getSession(false);
    long held = heldVersion(session, staff);
    if (account.isEmpty() || !account.get().enabled() || account.get().sessionVersion() != held) {
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      account.ifPresent(
          a ->
              auditLog.recordAs(
                  staff.getUsername(),
                  AuditAction.SIGN_OUT,
                  SignInRecorder.RECORD_TYPE,
                  a.id(),
                  a.enabled()
                      ? "session ended: roles or password changed"
                      : "session ended: account disabled"));
      response.sendRedirect(request.getContextPath() + "/login?ended");
      return;
    }
    if (account.get().mustChange()
        && ALLOWED_BEFORE_CHANGE.stream().noneMatch(path(request)::startsWith)) {
      response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Keeps this session going after its own user changed the password in it: it now holds the
   * account's new session version, while the user's other sessions end.
   */
  public static void keep(HttpSession session, long sessionVersion) {
    session.setAttribute(VERSION, sessionVersion);
  }

  private static long heldVersion(HttpSession session, SignedInStaff staff) {
    return session != null && session.getAttribute(VERSION) instanceof Long version
        ? version
        : staff.sessionVersion();
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
