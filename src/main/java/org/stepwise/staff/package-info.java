/**
 * Staff and other people who sign in: accounts, roles, sign-in (with throttling after failed
 * attempts) and the web security rules every page shares. Later: teams, skills and training.
 *
 * <p>API: {@link org.stepwise.staff.Role}, {@link org.stepwise.staff.StaffAccounts} and its view
 * records. Depends on {@code site} (navigation), {@code database} (demo data) and {@code audit}
 * (account changes are logged).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package org.stepwise.staff;
