package org.stepwise.referral;

import java.time.Instant;

/**
 * The service has declined a referral.
 *
 * @param reason in plain words, for the referrer
 */
public record ReferralDeclined(
    ReferralId referralId, String reason, String referredBy, Instant declinedAt) {}
