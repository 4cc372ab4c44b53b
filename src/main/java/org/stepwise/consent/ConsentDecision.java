package org.stepwise.consent;

/**
 * The answer to "may this go to that recipient for that purpose now?".
 *
 * @param consent the consent relied on when allowed, else the nearest one that failed, or null
 * @param reason plain English, for the practitioner when not allowed
 */
public record ConsentDecision(boolean allowed, ConsentId consent, String reason) {}
