package org.stepwise.caseload.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseOpened;
import org.stepwise.caseload.CaseStatus;
import org.stepwise.caseload.CaseStepChanged;
import org.stepwise.caseload.WorkerAssigned;
import org.stepwise.person.PersonId;
import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;

/**
 * A person supported by one named worker at a step of care. A new worker takes over only with a
 * reason and a handover note, which they acknowledge; every worker and step change is kept.
 */
@Table("care_case")
public class Case extends AbstractAggregateRoot<Case> {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID triageId;
  private final UUID referralId;
  private final UUID personId;
  private final UUID programmeId;
  private final String reference;
  private final Set<Condition> conditions;
  private int step;
  private CaseStatus status;
  private final Instant openedAt;
  private Instant closedAt;
  private String worker;
  private Instant workerSince;
  private boolean handoverPending;
  private org.stepwise.caseload.Outcome outcome;
  private java.time.LocalDate nextReviewOn;
  private String outcomeNote;

  @MappedCollection(idColumn = "care_case_id", keyColumn = "position")
  private List<Assignment> assignments;

  @MappedCollection(idColumn = "care_case_id", keyColumn = "position")
  private List<StepChange> stepChanges;

  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Case(
      UUID id,
      UUID organisationId,
      UUID triageId,
      UUID referralId,
      UUID personId,
      UUID programmeId,
      String reference,
      Set<Condition> conditions,
      Instant openedAt,
      List<Assignment> assignments,
      List<StepChange> stepChanges) {
    this.id = id;
    this.organisationId = organisationId;
    this.triageId = triageId;
    this.referralId = referralId;
    this.personId = personId;
    this.programmeId = programmeId;
    this.reference = reference;
    this.conditions = conditions;
    this.openedAt = openedAt;
    this.assignments = new ArrayList<>(assignments == null ? List.of() : assignments);
    this.stepChanges = new ArrayList<>(stepChanges == null ? List.of() : stepChanges);
  }

  /** What opening a case needs. */
  public record Opening(
      UUID triageId,
      UUID referralId,
      UUID personId,
      UUID programmeId,
      String reference,
      Set<Condition> conditions,
      int step) {}

  /**
   * Opens a case with its first worker.
   *
   * @param overLimitReason the manager's reason when this takes the worker over their limit
   */
  public static Case open(
      Opening opening, String worker, String overLimitReason, String by, Instant now) {
    if (worker == null || worker.isBlank()) {
      throw ChangeRefused.onField("worker", "case.worker.required");
    }
    var c =
        new Case(
            UUID.randomUUID(),
            null,
            opening.triageId(),
            opening.referralId(),
            opening.personId(),
            opening.programmeId(),
            opening.reference(),
            opening.conditions() == null || opening.conditions().isEmpty()
                ? EnumSet.noneOf(Condition.class)
                : EnumSet.copyOf(opening.conditions()),
            now,
            List.of(),
            List.of());
    c.step = opening.step();
    c.status = CaseStatus.OPEN;
    c.worker = worker;
    c.workerSince = now;
    c.assignments.add(
        new Assignment(worker, now, null, "Case opened", null, now, overLimitReason, by));
    c.registerEvent(
        new CaseOpened(
            new CaseId(c.id),
            new ReferralId(c.referralId),
            new PersonId(c.personId),
            c.programmeId == null ? null : new ProgrammeId(c.programmeId),
            c.step,
            worker,
            now));
    c.registerEvent(
        new WorkerAssigned(new CaseId(c.id), new ReferralId(c.referralId), worker, null, now));
    return c;
  }

  /**
   * Hands the case to another worker. The new worker must acknowledge the handover note.
   *
   * @throws ChangeRefused without a reason or a handover note, to the same worker, or when closed
   */
  public void reassign(
      String to,
      String reason,
      String handoverNote,
      String overLimitReason,
      String by,
      Instant now) {
    requireOpen();
    if (to == null || to.isBlank() || to.equalsIgnoreCase(worker)) {
      throw ChangeRefused.onField("worker", "case.reassign.sameWorker");
    }
    if (reason == null || reason.isBlank()) {
      throw ChangeRefused.onField("reason", "case.reassign.reason.required");
    }
    if (handoverNote == null || handoverNote.isBlank()) {
      throw ChangeRefused.onField("handoverNote", "case.reassign.handoverNote.required");
    }
    var previous = worker;
    int last = assignments.size() - 1;
    assignments.set(last, assignments.get(last).ended(now));
    assignments.add(
        new Assignment(
            to, now, null, reason.trim(), handoverNote.trim(), null, overLimitReason, by));
    worker = to;
    workerSince = now;
    handoverPending = true;
    registerEvent(
        new WorkerAssigned(new CaseId(id), new ReferralId(referralId), to, previous, now));
  }

  /**
   * The new worker has read the handover note. Saying so again (a second click) changes nothing.
   *
   * @return whether this acknowledged a handover (false when there was none waiting)
   * @throws ChangeRefused when someone other than the case's worker acknowledges it
   */
  public boolean acknowledgeHandover(String by, Instant now) {
    if (!worker.equalsIgnoreCase(by)) {
      throw new ChangeRefused("case.handover.notYours");
    }
    if (!handoverPending) {
      return false;
    }
    int last = assignments.size() - 1;
    assignments.set(last, assignments.get(last).acknowledged(now));
    handoverPending = false;
    return true;
  }

  /**
   * Moves the case up or down a step, with the reason.
   *
   * @throws ChangeRefused when closed, to the step it is at, or without a reason
   */
  public void changeStep(int to, String reason, String by, Instant now) {
    requireOpen();
    if (to == step) {
      throw ChangeRefused.onField("step", "case.step.same", to);
    }
    if (reason == null || reason.isBlank()) {
      throw ChangeRefused.onField("reason", "case.step.reason.required");
    }
    stepChanges.add(new StepChange(step, to, reason.trim(), now, by));
    registerEvent(new CaseStepChanged(new CaseId(id), step, to, now));
    step = to;
  }

  /**
   * Closes the case: the person is discharged, with the outcome.
   *
   * @throws ChangeRefused when already closed, or without an outcome
   */
  public void close(org.stepwise.caseload.Outcome result, String note, String by, Instant now) {
    if (status != CaseStatus.OPEN) {
      throw new ChangeRefused("case.close.already");
    }
    if (result == null) {
      throw ChangeRefused.onField("outcome", "case.close.outcome.required");
    }
    status = CaseStatus.CLOSED;
    closedAt = now;
    outcome = result;
    outcomeNote = note == null || note.isBlank() ? null : note.trim();
    int last = assignments.size() - 1;
    assignments.set(last, assignments.get(last).ended(now));
    registerEvent(
        new org.stepwise.caseload.CaseClosed(
            new CaseId(id), new ReferralId(referralId), new PersonId(personId), result, now));
  }

  /**
   * Sets the date to review the case with the person; a work item is raised on that date.
   *
   * @throws ChangeRefused when closed, or for a date not after today
   */
  public void planReview(java.time.LocalDate on, java.time.LocalDate today) {
    requireOpen();
    if (on == null || !on.isAfter(today)) {
      throw ChangeRefused.onField("review", "case.review.future");
    }
    nextReviewOn = on;
  }

  public java.time.LocalDate nextReviewOn() {
    return nextReviewOn;
  }

  public org.stepwise.caseload.Outcome outcome() {
    return outcome;
  }

  public String outcomeNote() {
    return outcomeNote;
  }

  public Instant closedAt() {
    return closedAt;
  }

  /** The events registered and not yet published: for lifecycle tests in this package. */
  List<Object> registeredEvents() {
    return List.copyOf(domainEvents());
  }

  /** Whether one worker has held the case throughout. */
  public boolean keptOneWorker() {
    return assignments.stream().map(Assignment::worker).distinct().count() == 1;
  }

  private void requireOpen() {
    if (status != CaseStatus.OPEN) {
      throw new ChangeRefused("case.closed");
    }
  }

  public UUID id() {
    return id;
  }

  public UUID triageId() {
    return triageId;
  }

  public UUID referralId() {
    return referralId;
  }

  public UUID personId() {
    return personId;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public String reference() {
    return reference;
  }

  public Set<Condition> conditions() {
    return conditions == null ? Set.of() : Set.copyOf(conditions);
  }

  public int step() {
    return step;
  }

  public CaseStatus status() {
    return status;
  }

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String worker() {
    return worker;
  }

  public Instant workerSince() {
    return workerSince;
  }

  public boolean handoverPending() {
    return handoverPending;
  }

  public List<Assignment> assignments() {
    return List.copyOf(assignments);
  }

  public List<StepChange> stepChanges() {
    return List.copyOf(stepChanges);
  }
}
