package org.stepwise.referral;

import java.time.Instant;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;

/**
 * The service has accepted a referral.
 *
 * @param overridden how many failed eligibility rules a professional overrode
 * @param referredBy the referrer's username, or null for a self-referral
 */
public record ReferralAccepted(
    ReferralId referralId,
    PersonId personId,
    ProgrammeId programmeId,
    int overridden,
    String referredBy,
    Instant acceptedAt) {}
