package org.stepwise.staff.internal;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in from the {@code staff_user} table. */
@Component
class StaffUserDetailsService implements UserDetailsService {

  private final StaffUserRepository users;
  private final Clock clock;

  StaffUserDetailsService(StaffUserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    var user =
        users
            .findByUsername(username == null ? "" : username.trim())
            .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    var authorities =
        user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    return new SignedInStaff(
        user.username(),
        user.passwordHash(),
        user.enabled(),
        !user.isLocked(clock.instant()),
        authorities,
        user.displayName());
  }
}
