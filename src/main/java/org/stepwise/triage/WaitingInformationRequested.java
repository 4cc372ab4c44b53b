package org.stepwise.triage;

import java.time.Instant;
import org.stepwise.person.PersonId;
import org.stepwise.referral.ReferralId;

/** A practitioner asked for "while you wait" information to be sent to someone waiting. */
public record WaitingInformationRequested(
    TriageId triageId,
    ReferralId referralId,
    PersonId personId,
    int step,
    String stepName,
    int waitTargetWeeks,
    String requestedBy,
    Instant at) {}
