package org.stepwise.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A sign-in account as shown to administrators. Never carries the password hash.
 *
 * @param lastSignInAt null until the first successful sign-in
 * @param lockedUntil null unless sign-in is throttled after repeated failures
 * @param disabledAt when the account was closed, or null while it is open
 * @param mustChangePassword true after an administrator reset the password, until the user chose
 *     their own
 */
public record StaffAccount(
    StaffId id,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    boolean enabled,
    Instant lastSignInAt,
    Instant lockedUntil,
    Instant disabledAt,
    boolean mustChangePassword) {

  /** True while a lock-out after failed sign-ins lasts. */
  public boolean locked() {
    return lockedUntil != null;
  }
}
