/**
 * Assessment: what is known about the person and their work. The vocational (career) profile, built
 * up over several sessions: work history, skills, job preferences, what symptoms mean for work,
 * disclosure decisions, benefits, transport and caring duties. Fit notes. Questionnaires:
 * definitions as data, completed in a session or returned through a one-time link, scored by each
 * definition's own rules and charted over time.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * caseload}, {@code person}, {@code referral}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Assessment",
    allowedDependencies = {"audit", "caseload", "person", "referral", "site"})
package org.stepwise.assessment;
