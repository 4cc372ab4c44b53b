package org.stepwise.caseload;

import java.time.Instant;
import org.stepwise.person.PersonId;
import org.stepwise.referral.ReferralId;

/**
 * A case closed (the person was discharged), with the outcome. Carries ids only: a listener that
 * needs the worker's discharge summary reads it with {@link Cases#closingSummary(CaseId)}.
 */
public record CaseClosed(
    CaseId caseId, ReferralId referralId, PersonId personId, Outcome outcome, Instant at) {}
