package org.stepwise.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralId;

/**
 * One case, with its worker and step history and its work items.
 *
 * @param status {@code OPEN} or {@code CLOSED}; ask {@link #open()} rather than comparing it
 */
public record CaseView(
    CaseId caseId,
    ReferralId referralId,
    PersonId personId,
    String reference,
    String fullName,
    String service,
    ProgrammeId programmeId,
    int step,
    CaseStatus status,
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

  /** The case's id (the same as {@link #caseId()}). */
  public CaseId id() {
    return caseId;
  }

  /** Whether the case is open (not yet closed). */
  public boolean open() {
    return status == CaseStatus.OPEN;
  }

  /** Whether the case is closed. */
  public boolean closed() {
    return !open();
  }

  /** The work item with this id, or null when the case has none. */
  public Item item(WorkItemId itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
  }

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
      WorkItemId id,
      WorkItemKind kind,
      String description,
      LocalDate dueOn,
      WorkItemStatus status,
      LocalDate parkedUntil,
      String parkedReason,
      boolean needsAction,
      boolean overdue) {

    /** Parked until a later day. */
    public boolean parked() {
      return status == WorkItemStatus.PARKED;
    }

    /** Done. */
    public boolean done() {
      return status == WorkItemStatus.DONE;
    }
  }
}
