/**
 * Referrals into a service from every route: who was referred, by whom, why, and where the referral
 * has got to. Publishes {@link org.stepwise.referral.ReferralReceived} when a referral arrives.
 * Holds the waiting list until the triage module takes it over.
 *
 * <p>API: {@link org.stepwise.referral.Referrals} and its records and enums. Depends on {@code
 * person}, {@code audit}, {@code site} and {@code database}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral")
package org.stepwise.referral;
