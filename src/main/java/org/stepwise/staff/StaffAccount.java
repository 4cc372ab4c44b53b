package org.stepwise.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A sign-in account as shown to administrators. Never carries the password hash.
 *
 * @param lastSignInAt null until the first successful sign-in
 * @param lockedUntil null unless sign-in is throttled after repeated failures
 */
public record StaffAccount(
    StaffId id,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    boolean enabled,
    Instant lastSignInAt,
    Instant lockedUntil) {}
