package org.stepwise.referral;

import java.time.Instant;
import java.time.LocalDate;

/** A referral is put off until its review date ("not now"); it is offered again then. */
public record ReferralDeferred(
    ReferralId referralId, LocalDate reviewDate, String referredBy, Instant deferredAt) {}
