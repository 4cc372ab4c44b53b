package org.stepwise.referral;

import java.time.Instant;

/**
 * An open referral that seems to be for the same person (same NHS number, or same name and date of
 * birth).
 *
 * @param visibleToYou whether the user asking may open the existing referral
 */
public record DuplicateMatch(
    ReferralId referralId,
    String reference,
    ReferralStatus status,
    String programmeName,
    Instant receivedAt,
    boolean visibleToYou) {}
