/**
 * Triage: a short structured screen of each accepted referral (work, time off, risk to the job,
 * confidence, how symptoms interfere with work, the help wanted, and, where the service chooses,
 * the Keele STarT Back tool and the Work Ability Score), the stepped-care step it suggests with
 * reasons, the practitioner's decision, and the waiting list per service and step.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * person}, {@code programme}, {@code referral}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Triage",
    allowedDependencies = {"audit", "person", "programme", "referral", "site", "staff"})
package org.stepwise.triage;
