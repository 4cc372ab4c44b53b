package org.stepwise.plan;

import java.time.Instant;
import org.stepwise.caseload.CaseId;
import org.stepwise.referral.ReferralId;

/**
 * The person agreed their plan (a new numbered version). The referral stays a plain id: the plan
 * module does not depend on {@code referral}.
 */
public record PlanAgreed(
    PlanId planId, CaseId caseId, ReferralId referralId, int version, Instant at) {}
