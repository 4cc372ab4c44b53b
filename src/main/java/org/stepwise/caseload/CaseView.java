package org.stepwise.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One case, with its worker and step history and its work items. */
public record CaseView(
    UUID caseId,
    UUID referralId,
    UUID personId,
    String reference,
    String fullName,
    String service,
    UUID programmeId,
    int step,
    String status,
    String worker,
    String workerName,
    Instant openedAt,
    boolean handoverPending,
    String handoverNote,
    Outcome outcome,
    String outcomeNote,
    LocalDate nextReviewOn,
    List<Worker> workers,
    List<Step> steps,
    List<Item> items) {

  /** A worker's time on the case. */
  public record Worker(
      String worker,
      String name,
      Instant from,
      Instant to,
      String reason,
      String handoverNote,
      Instant acknowledgedAt,
      String overLimitReason) {}

  /** A step change. */
  public record Step(int from, int to, String reason, Instant at, String by) {}

  /** A work item. */
  public record Item(
      UUID id,
      WorkItemKind kind,
      String description,
      LocalDate dueOn,
      String status,
      LocalDate parkedUntil,
      String parkedReason,
      boolean needsAction,
      boolean overdue) {}
}
