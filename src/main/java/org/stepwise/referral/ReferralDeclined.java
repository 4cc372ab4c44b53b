package org.stepwise.referral;

import java.time.Instant;

/**
 * The service has declined a referral. Carries ids only: a listener that needs the reason reads it
 * with {@link Referrals#outline} ({@link ReferralOutline#declineReason()}), so the words are not
 * kept in the event table.
 */
public record ReferralDeclined(ReferralId referralId, String referredBy, Instant declinedAt) {}
