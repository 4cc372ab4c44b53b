package org.stepwise.referral;

import java.util.Set;
import org.stepwise.person.NewPerson;

/**
 * A referral as submitted, with the person it is for.
 *
 * @param otherCondition required when {@code conditions} contains {@link Condition#OTHER}
 */
public record NewReferral(
    NewPerson person,
    ReferralSource source,
    Set<Condition> conditions,
    String otherCondition,
    EmploymentStatus employmentStatus,
    String reason) {}
