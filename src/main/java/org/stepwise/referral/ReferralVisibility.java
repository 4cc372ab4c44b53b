package org.stepwise.referral;

import org.stepwise.staff.Workplace;

/**
 * Lets a module that works on referrals make one visible beyond its service's teams: the caseload
 * module, for a case's worker (or the colleague covering for them) when the case's service is not
 * one their teams run. The referral module cannot depend on those modules, so they implement this
 * and the referral policy asks every implementation.
 */
public interface ReferralVisibility {

  boolean visible(ReferralId referral, Workplace user);
}
