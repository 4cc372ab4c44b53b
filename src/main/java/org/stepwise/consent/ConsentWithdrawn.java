package org.stepwise.consent;

import org.stepwise.person.PersonId;

/** A person has withdrawn a consent: nothing more may be shared on it. */
public record ConsentWithdrawn(
    ConsentId consentId, PersonId personId, RecipientType recipientType, Purpose purpose) {}
