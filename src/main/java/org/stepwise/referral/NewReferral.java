package org.stepwise.referral;

import java.util.Set;
import org.stepwise.person.NewPerson;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;

/**
 * A referral as submitted, with the person it is for.
 *
 * @param otherCondition required when {@code conditions} contains {@link Condition#OTHER}
 * @param weeksOffWork null when not asked or not known
 * @param employer null when not asked or not given
 * @param gpPractice null when not asked or not given
 * @param consentToContact whether the person agrees to be contacted by the service
 * @param consentToFeedback whether the person agrees that the service tells the referrer what
 *     happens with the referral (professional referrals only)
 */
public record NewReferral(
    NewPerson person,
    ProgrammeId programme,
    ReferralSource source,
    Set<Condition> conditions,
    String otherCondition,
    EmploymentStatus employmentStatus,
    Integer weeksOffWork,
    String employer,
    String gpPractice,
    String reason,
    boolean consentToContact,
    boolean consentToFeedback) {}
