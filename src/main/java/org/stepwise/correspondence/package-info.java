/**
 * Letters and emails: templates administrators edit (every edit a new version, so a letter can
 * always be rendered again exactly as sent), PDF letters with the service's letterhead, email
 * through SMTP from a queue in the database (retried with back-off, sent at most once per letter),
 * letters waiting to be posted in print batches, and automatic feedback to referrers and welcome
 * letters to clients, driven by referral events. Nothing is sent without the consent module's
 * say-so: a letter that may not go is held, with the reason shown to practitioners.
 *
 * <p>Depends on {@code referral} (its events and views), {@code consent}, {@code person}, {@code
 * staff} (referrers' contact details), {@code programme}, {@code audit}, {@code site} and {@code
 * database}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence")
package org.stepwise.correspondence;
