package org.stepwise.consent;

import org.stepwise.person.PersonId;

/** A person has given consent to share. */
public record ConsentGiven(
    ConsentId consentId, PersonId personId, RecipientType recipientType, Purpose purpose) {}
