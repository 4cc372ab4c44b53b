package org.stepwise.referral;

import java.time.Instant;
import java.util.Set;
import org.stepwise.person.PersonDetails;

/** One referral with the whole record of the person it is for. */
public record ReferralView(
    ReferralId id,
    String reference,
    PersonDetails person,
    ReferralSource source,
    Set<Condition> conditions,
    String otherCondition,
    EmploymentStatus employmentStatus,
    String reason,
    ReferralStatus status,
    Instant receivedAt,
    String referredBy) {}
