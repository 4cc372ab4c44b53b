/**
 * The services (programmes) a provider runs: what each is for, in words for referrers and for the
 * public; the conditions in scope; which optional questions its referral form asks; and its
 * eligibility rules, kept as data so administrators can change them without a redeploy. Rules
 * inform a professional's decision and never block a referral on their own.
 *
 * <p>API: {@link org.stepwise.programme.Programmes}, {@link org.stepwise.programme.ReferralFacts},
 * {@link org.stepwise.programme.RuleResult} and the vocabularies the rules use ({@link
 * org.stepwise.programme.Condition}, {@link org.stepwise.programme.EmploymentStatus}).
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * database}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Programme",
    allowedDependencies = {"audit", "database", "site"})
package org.stepwise.programme;
