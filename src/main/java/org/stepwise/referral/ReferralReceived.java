package org.stepwise.referral;

import java.time.Instant;
import org.stepwise.person.PersonId;

/**
 * A referral has arrived. Carries identifiers only, no personal data, because events are stored
 * in the outbox table.
 */
public record ReferralReceived(
    ReferralId referralId,
    PersonId personId,
    String reference,
    ReferralSource source,
    String referredBy,
    Instant receivedAt) {}
