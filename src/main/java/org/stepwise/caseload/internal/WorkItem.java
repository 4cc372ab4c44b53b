package org.stepwise.caseload.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.caseload.WorkItemStatus;
import org.stepwise.site.ChangeRefused;

/** Something that needs action on a case, by a date: raised by an event, cleared when handled. */
@Table("work_item")
public class WorkItem {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID careCaseId;
  private String worker;
  private final WorkItemKind kind;
  private final String description;
  private final LocalDate dueOn;
  private WorkItemStatus status;
  private LocalDate parkedUntil;
  private String parkedReason;
  private Instant doneAt;
  private String doneBy;
  private final String sourceKey;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  WorkItem(
      UUID id,
      UUID organisationId,
      UUID careCaseId,
      String worker,
      WorkItemKind kind,
      String description,
      LocalDate dueOn,
      WorkItemStatus status,
      String sourceKey) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.worker = worker;
    this.kind = kind;
    this.description = description;
    this.dueOn = dueOn;
    this.status = status;
    this.sourceKey = sourceKey;
  }

  public static WorkItem raise(
      UUID caseId,
      String worker,
      WorkItemKind kind,
      String description,
      LocalDate due,
      String sourceKey) {
    return new WorkItem(
        UUID.randomUUID(),
        null,
        caseId,
        worker,
        kind,
        description,
        due,
        WorkItemStatus.OPEN,
        sourceKey);
  }

  /**
   * Marks the item done. Marking it done again (a second click, or two people at once) changes
   * nothing: it stays done by whoever did it first.
   *
   * @return whether this marked it done
   */
  public boolean done(String by, Instant now) {
    if (status == WorkItemStatus.DONE) {
      return false;
    }
    status = WorkItemStatus.DONE;
    doneAt = now;
    doneBy = by;
    return true;
  }

  /**
   * Parks the item until a date, with a reason; it comes back on that date. Parking it again moves
   * the date.
   *
   * @throws ChangeRefused when it is done, for a date not after today, or without a reason
   */
  public void park(LocalDate until, String reason, LocalDate today) {
    if (status == WorkItemStatus.DONE) {
      throw new ChangeRefused("workItem.park.done");
    }
    if (until == null || !until.isAfter(today)) {
      throw ChangeRefused.onField("until", "workItem.park.until.future");
    }
    if (reason == null || reason.isBlank()) {
      throw ChangeRefused.onField("reason", "workItem.park.reason.required");
    }
    status = WorkItemStatus.PARKED;
    parkedUntil = until;
    parkedReason = reason.trim();
  }

  /** Whether it needs action on the given day (open, or parked until then or before). */
  public boolean needsActionOn(LocalDate day) {
    return status == WorkItemStatus.OPEN
        || status == WorkItemStatus.PARKED && !parkedUntil.isAfter(day);
  }

  public boolean overdueOn(LocalDate day) {
    return needsActionOn(day) && dueOn.isBefore(day);
  }

  /** Open items follow the case to its new worker. */
  public void passTo(String newWorker) {
    if (status != WorkItemStatus.DONE) {
      worker = newWorker;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return careCaseId;
  }

  public String worker() {
    return worker;
  }

  public WorkItemKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public WorkItemStatus status() {
    return status;
  }

  public LocalDate parkedUntil() {
    return parkedUntil;
  }

  public String parkedReason() {
    return parkedReason;
  }

  public String sourceKey() {
    return sourceKey;
  }
}
