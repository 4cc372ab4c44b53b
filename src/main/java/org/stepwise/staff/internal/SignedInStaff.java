package org.stepwise.staff.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.stepwise.site.DisplayNamed;

/** The principal of a signed-in user: Spring Security's user plus the name to show on pages. */
class SignedInStaff extends User implements DisplayNamed {

  private final String displayName;

  SignedInStaff(
      String username,
      String password,
      boolean enabled,
      boolean accountNonLocked,
      Collection<? extends GrantedAuthority> authorities,
      String displayName) {
    super(username, password, enabled, true, true, accountNonLocked, authorities);
    this.displayName = displayName;
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
