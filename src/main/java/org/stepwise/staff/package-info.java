/**
 * Staff and other people who sign in: accounts, roles, sign-in (with throttling after failed
 * attempts) and the web security rules every page shares. Later: teams, skills and training.
 *
 * <p>API: {@link org.stepwise.staff.Role}, {@link org.stepwise.staff.StaffAccounts} and its view
 * records.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * database}, {@code programme}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Staff",
    allowedDependencies = {"audit", "database", "programme", "site"})
package org.stepwise.staff;
