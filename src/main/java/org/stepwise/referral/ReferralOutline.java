package org.stepwise.referral;

import java.time.Instant;
import java.time.LocalDate;
import org.stepwise.person.PersonId;

/**
 * The outline of a referral that other modules need for background work (letters, triage).
 *
 * @param referredBy the referrer's username, or null for a self-referral
 * @param consentToContact whether the person agreed to be contacted by the service
 */
public record ReferralOutline(
    ReferralId referralId,
    PersonId personId,
    String reference,
    String programmeName,
    String referredBy,
    Instant receivedAt,
    boolean consentToContact,
    ReferralStatus status,
    String declineReason,
    LocalDate reviewDate,
    java.util.Set<org.stepwise.programme.Condition> conditions,
    org.stepwise.programme.ProgrammeId programmeId,
    ReferralChannel channel) {}
