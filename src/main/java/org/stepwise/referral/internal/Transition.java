package org.stepwise.referral.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.referral.ReferralStatus;

/** One change of a referral's status, kept for its history. */
@Table("referral_transition")
public record Transition(
    ReferralStatus fromStatus, ReferralStatus toStatus, Instant at, String byUser, String note) {}
