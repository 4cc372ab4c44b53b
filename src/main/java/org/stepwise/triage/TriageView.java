package org.stepwise.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One triage, with what the form and the decision page need. */
public record TriageView(
    TriageId id,
    UUID referralId,
    UUID personId,
    String reference,
    String fullName,
    String service,
    UUID programmeId,
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
