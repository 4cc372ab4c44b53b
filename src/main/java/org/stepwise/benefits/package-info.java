/**
 * Benefits: better-off estimates. Administrators keep the benefit rules (Universal Credit standard
 * allowance, LCWRA element, work allowances and taper; income tax personal allowance and basic
 * rate; employee National Insurance threshold and rate), each set in effect from a date and never
 * changed once an estimate has used it ({@code BenefitRuleSets}). Practitioners work out, for a
 * single person on a case, weekly income out of work against in work at given hours and pay ({@code
 * BetterOffCalculation}), and keep each estimate with its answers, the rule set used and its
 * working ({@code BetterOffEstimates}). An estimate is never a benefits assessment.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * caseload}, {@code person}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Benefits",
    allowedDependencies = {"audit", "caseload", "person", "site"})
package org.stepwise.benefits;
