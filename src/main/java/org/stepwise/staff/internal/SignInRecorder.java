package org.stepwise.staff.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;

/**
 * Counts failed sign-ins (for the lock-out) and writes every sign-in, refusal and sign-out to the
 * access log against the account, so that an administrator can see who signed in when. A refusal
 * for a name no account has is logged without the name: the box may have held a password.
 */
@Component
class SignInRecorder {

  static final String RECORD_TYPE = "staff-user";

  private final StaffUserRepository users;
  private final SignInGuard guard;
  private final AuditLog auditLog;
  private final Clock clock;

  SignInRecorder(StaffUserRepository users, SignInGuard guard, AuditLog auditLog, Clock clock) {
    this.users = users;
    this.guard = guard;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @EventListener
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    var typed = String.valueOf(event.getAuthentication().getName()).trim();
    guard.recordFailure(typed, address(event.getAuthentication()));
    var reason =
        switch (event) {
          case AuthenticationFailureBadCredentialsEvent e -> "wrong password";
          case AuthenticationFailureLockedEvent e -> "locked out after failed sign-ins";
          case AuthenticationFailureDisabledEvent e -> "account disabled";
          default -> "refused";
        };
    var user = users.findByUsername(typed);
    if (user.isPresent()) {
      auditLog.recordAs(
          user.get().username(), AuditAction.SIGN_IN_FAILED, RECORD_TYPE, user.get().id(), reason);
    } else {
      auditLog.recordAs("public", AuditAction.SIGN_IN_FAILED, RECORD_TYPE, null, "unknown name");
    }
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
      return;
    }
    var name = event.getAuthentication().getName();
    guard.recordSuccess(name);
    users
        .findByUsername(name)
        .ifPresent(
            user -> {
              users.recordSignIn(user.id(), clock.instant());
              auditLog.recordAs(
                  user.username(),
                  AuditAction.SIGN_IN,
                  RECORD_TYPE,
                  user.id(),
                  "signed in with a password");
            });
  }

  @EventListener
  public void onSignOut(LogoutSuccessEvent event) {
    users
        .findByUsername(event.getAuthentication().getName())
        .ifPresent(
            user ->
                auditLog.recordAs(
                    user.username(), AuditAction.SIGN_OUT, RECORD_TYPE, user.id(), "signed out"));
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
