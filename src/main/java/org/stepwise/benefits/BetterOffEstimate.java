package org.stepwise.benefits;

import java.time.Instant;
import org.stepwise.caseload.CaseId;

/**
 * A better-off estimate as it was made: the answers, the rule set in effect that day, and the
 * result with its working exactly as shown then.
 *
 * @param createdBy the username of whoever made it
 */
public record BetterOffEstimate(
    BetterOffEstimateId id,
    CaseId caseId,
    BetterOffInputs inputs,
    BenefitRules rules,
    BetterOff result,
    Instant createdAt,
    String createdBy) {}
