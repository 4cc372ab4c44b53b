package org.stepwise.referral;

import java.time.Instant;

/** The person has withdrawn, or chosen not to take part: no further contact. */
public record ReferralWithdrawn(ReferralId referralId, String referredBy, Instant withdrawnAt) {}
