package org.stepwise.triage;

import java.time.Instant;
import java.util.List;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralId;

/** One triage, with what the form and the decision page need. */
public record TriageView(
    TriageId id,
    ReferralId referralId,
    PersonId personId,
    String reference,
    String fullName,
    String service,
    ProgrammeId programmeId,
    TriageStatus status,
    Instant waitingSince,
    Screening screening,
    StartBack.Score startBack,
    WorkAbilityScore.Band workAbilityBand,
    Integer suggestedStep,
    List<String> suggestionReasons,
    Integer step,
    String decisionReason,
    List<CareStep> steps,
    List<StepRule> rules,
    boolean usesStartBack) {}
