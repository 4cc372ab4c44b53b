package org.stepwise.consent;

import java.time.LocalDate;

/**
 * Consent as the person gave it.
 *
 * @param recipientName required where the recipient type needs a name; otherwise optional (a
 *     consent for "their GP" with no name covers any GP of theirs)
 * @param expiresOn the last day it holds, or null for no expiry
 * @param note anything else, may be null
 */
public record NewConsent(
    RecipientType recipientType,
    String recipientName,
    Purpose purpose,
    LocalDate givenOn,
    ConsentMethod method,
    LocalDate expiresOn,
    String note) {}
