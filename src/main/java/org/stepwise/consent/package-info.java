/**
 * Consent to share: per person, per recipient (their GP, the referrer, a named employer contact, a
 * named charity, a research team) and per purpose, with how and when it was given, who recorded it,
 * an optional expiry, and withdrawal. Other modules ask {@link org.stepwise.consent.Consents#check}
 * at the moment they send or share anything, and must not send when it says no.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * person}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Consent",
    allowedDependencies = {"audit", "person", "site"})
package org.stepwise.consent;
