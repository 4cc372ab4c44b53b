package org.stepwise.staff.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks the account for a while after several in a row. The
 * state is in the database, so the limit holds across restarts and web nodes.
 */
@Component
class SignInThrottle {

  private final StaffUserRepository users;
  private final Clock clock;

  SignInThrottle(StaffUserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    users
        .findByUsername(String.valueOf(event.getAuthentication().getName()).trim())
        .ifPresent(
            user -> {
              user.recordFailedSignIn(clock.instant());
              users.save(user);
            });
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
      return;
    }
    users
        .findByUsername(event.getAuthentication().getName())
        .ifPresent(
            user -> {
              user.recordSuccessfulSignIn(clock.instant());
              users.save(user);
            });
  }
}
