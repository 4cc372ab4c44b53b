package org.stepwise.caseload;

import java.time.Instant;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralId;

/** A case was opened for someone who was waiting. */
public record CaseOpened(
    CaseId caseId,
    ReferralId referralId,
    PersonId personId,
    ProgrammeId programmeId,
    int step,
    String worker,
    Instant at) {}
