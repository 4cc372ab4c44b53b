package org.stepwise.caseload;

import java.time.Instant;
import org.stepwise.referral.ReferralId;

/**
 * A worker was assigned to a case: when it opened, or on reassignment.
 *
 * @param previousWorker null when the case opened
 */
public record WorkerAssigned(
    CaseId caseId, ReferralId referralId, String worker, String previousWorker, Instant at) {}
