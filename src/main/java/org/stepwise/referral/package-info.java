/**
 * Referrals into a service from every route: who was referred, by whom, why, and where the referral
 * has got to. Publishes {@link org.stepwise.referral.ReferralReceived} when a referral arrives.
 * Holds the waiting list until the triage module takes it over.
 *
 * <p>API: {@link org.stepwise.referral.Referrals} and its records and enums.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * consent}, {@code database}, {@code person}, {@code programme}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Referral",
    allowedDependencies = {"audit", "consent", "database", "person", "programme", "site", "staff"})
package org.stepwise.referral;
