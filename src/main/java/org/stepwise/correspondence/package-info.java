/**
 * Letters and emails: templates administrators edit (every edit a new version, so a letter can
 * always be rendered again exactly as sent), PDF letters with the service's letterhead, email
 * through SMTP from a queue in the database (retried with back-off, sent at most once per letter),
 * letters waiting to be posted in print batches, and automatic feedback to referrers and welcome
 * letters to clients, driven by events from referral, triage, caseload, appointment and plan.
 * Nothing is sent without the consent module's say-so: a letter that may not go is held, with the
 * reason shown to practitioners.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code appointment},
 * {@code audit}, {@code caseload}, {@code consent}, {@code person}, {@code plan}, {@code referral},
 * {@code site}, {@code staff}, {@code triage}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Correspondence",
    allowedDependencies = {
      "appointment",
      "audit",
      "caseload",
      "consent",
      "person",
      "plan",
      "referral",
      "site",
      "staff",
      "triage"
    })
package org.stepwise.correspondence;
