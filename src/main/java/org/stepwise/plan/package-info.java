/**
 * The person's plan on their case: goals in their own words, actions with an owner and a due date,
 * reasonable adjustments to ask for, a pacing plan and a flare-up plan. Agreeing it with the person
 * keeps a numbered version exactly as agreed and publishes {@link org.stepwise.plan.PlanAgreed}
 * (the referrer is told). A plan is named by {@link org.stepwise.plan.PlanId}, its case by {@link
 * org.stepwise.caseload.CaseId}.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code assessment}, {@code
 * audit}, {@code caseload}, {@code referral}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Plan",
    allowedDependencies = {"assessment", "audit", "caseload", "referral", "site"})
package org.stepwise.plan;
