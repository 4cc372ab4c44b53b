package org.stepwise.triage;

import java.time.Instant;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralId;

/**
 * A practitioner decided the step for an accepted referral; the person now waits for it.
 *
 * @param programmeId the service, or null when the referral had none
 * @param overridden the decision differs from the suggestion
 */
public record StepDecided(
    TriageId triageId,
    ReferralId referralId,
    PersonId personId,
    ProgrammeId programmeId,
    int step,
    boolean overridden,
    Instant at) {}
