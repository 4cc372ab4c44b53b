package org.stepwise.staff.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.stepwise.site.DisplayNamed;

/**
 * The principal of a signed-in user: Spring Security's user plus the name to show on pages and the
 * session version the account had at sign-in ({@link SessionCheck} ends the session when the
 * account's version has moved on).
 */
class SignedInStaff extends User implements DisplayNamed {

  private final String displayName;
  private final long sessionVersion;

  SignedInStaff(
      String username,
      String password,
      boolean enabled,
      boolean accountNonLocked,
      Collection<? extends GrantedAuthority> authorities,
      String displayName,
      long sessionVersion) {
    super(username, password, enabled, true, true, accountNonLocked, authorities);
    this.displayName = displayName;
    this.sessionVersion = sessionVersion;
  }

  long sessionVersion() {
    return sessionVersion;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
