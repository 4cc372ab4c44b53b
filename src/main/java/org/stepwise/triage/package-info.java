/**
 * Triage: a short structured screen of each accepted referral (work, time off, risk to the job,
 * confidence, how symptoms interfere with work, the help wanted, and, where the service chooses,
 * the Keele STarT Back tool and the Work Ability Score), the stepped-care step it suggests with
 * reasons, the practitioner's decision, and the waiting list per service and step.
 *
 * <p>Depends on {@code referral} (accepted referrals), {@code programme} (steps, wait targets),
 * {@code person}, {@code audit}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package org.stepwise.triage;
