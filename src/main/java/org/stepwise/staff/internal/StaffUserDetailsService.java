package org.stepwise.staff.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads accounts for sign-in from the {@code staff_user} table. An account is locked while its
 * username, or the address the request comes from, has failed too often ({@link SignInGuard}).
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

  private final StaffUserRepository users;
  private final SignInGuard guard;

  StaffUserDetailsService(StaffUserRepository users, SignInGuard guard) {
    this.users = users;
    this.guard = guard;
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
        !guard.locked(user.username(), requestAddress()),
        authorities,
        user.displayName(),
        user.sessionVersion());
  }

  /** The address of the sign-in request being handled, if there is one. */
  static String requestAddress() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? request.getRequest().getRemoteAddr()
        : null;
  }
}
