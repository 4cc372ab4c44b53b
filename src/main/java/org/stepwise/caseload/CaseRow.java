package org.stepwise.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;

/**
 * One case on a caseload.
 *
 * @param needsAction how many of its work items need action today
 * @param nextDue the earliest due date among them, or null
 */
public record CaseRow(
    CaseId caseId,
    String reference,
    String fullName,
    String service,
    ProgrammeId programmeId,
    int step,
    Instant openedAt,
    int needsAction,
    LocalDate nextDue,
    boolean overdue,
    boolean handoverPending,
    Set<Condition> conditions) {}
