package org.stepwise.referral;

import java.time.Instant;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;

/**
 * A referral has arrived. Carries identifiers only, no personal data, because events are stored in
 * the outbox table.
 *
 * @param referredBy the referrer's username, or null for a self-referral
 */
public record ReferralReceived(
    ReferralId referralId,
    PersonId personId,
    ProgrammeId programmeId,
    String reference,
    ReferralSource source,
    ReferralChannel channel,
    String referredBy,
    Instant receivedAt) {}
