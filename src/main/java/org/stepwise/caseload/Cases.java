package org.stepwise.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.internal.Case;
import org.stepwise.caseload.internal.CaseRepository;
import org.stepwise.caseload.internal.WorkItemRepository;
import org.stepwise.person.People;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.Referrals;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.WorkerProfile;
import org.stepwise.triage.Triage;
import org.stepwise.triage.TriageId;

/**
 * A case's life: opened for someone waiting with a named worker, handed to another worker with a
 * note they acknowledge, stepped up or down, reviewed, closed with the outcome. Practitioners and
 * managers; only a manager can assign a worker over their caseload limit, with a reason. Each
 * change is refused with a {@link ChangeRefused} carrying a message key when the case's rules do
 * not allow it. Every read and change is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Cases {

  private final CaseRepository cases;
  private final WorkItemRepository items;
  private final Triage triage;
  private final Referrals referrals;
  private final StaffDirectory staff;
  private final People people;
  private final Programmes programmes;
  private final AuditLog auditLog;
  private final Clock clock;
  private final org.stepwise.caseload.internal.CaseAccess access;

  Cases(
      CaseRepository cases,
      WorkItemRepository items,
      Triage triage,
      Referrals referrals,
      StaffDirectory staff,
      People people,
      Programmes programmes,
      AuditLog auditLog,
      Clock clock,
      org.stepwise.caseload.internal.CaseAccess access) {
    this.access = access;
    this.cases = cases;
    this.items = items;
    this.triage = triage;
    this.referrals = referrals;
    this.staff = staff;
    this.people = people;
    this.programmes = programmes;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Opens a case for someone waiting, with a named worker.
   *
   * @param overLimitReason a manager's reason to assign a worker who is at or over their limit, or
   *     null
   * @throws OverCapacity when the worker is full and there is no manager's reason
   * @throws ChangeRefused when a case is already open for them, their step is not decided, or the
   *     worker is unknown
   * @throws RecordNotFound when there is no such triage
   */
  @Transactional
  public CaseId open(TriageId triageId, String worker, String overLimitReason) {
    if (cases.findByTriageId(triageId.id()).isPresent()) {
      throw new ChangeRefused("case.open.already");
    }
    var view = triage.find(triageId).orElseThrow(() -> new RecordNotFound("triage"));
    if (view.step() == null) {
      throw new ChangeRefused("case.open.noStep");
    }
    String reason = checkCapacity(worker, overLimitReason);
    var outline =
        referrals.outline(view.referralId()).orElseThrow(() -> new RecordNotFound("referral"));
    var opened =
        cases.save(
            Case.open(
                new Case.Opening(
                    triageId.id(),
                    view.referralId().id(),
                    view.personId().id(),
                    view.programmeId() == null ? null : view.programmeId().id(),
                    view.reference(),
                    outline.conditions(),
                    view.step()),
                worker,
                reason,
                currentUser(),
                clock.instant()));
    triage.caseOpened(triageId);
    auditLog.record(
        AuditAction.CREATE,
        "case",
        opened.id(),
        "worker " + worker + (reason == null ? "" : " over limit"));
    return new CaseId(opened.id());
  }

  /**
   * The case, or empty when there is none with this id.
   *
   * @throws org.stepwise.site.OutsideYourTeams when the user may open it only by breaking the glass
   */
  @Transactional
  public Optional<CaseView> find(CaseId id) {
    var found = cases.findById(id.id());
    found.ifPresent(
        c -> {
          access.check(c);
          auditLog.recordAbout(AuditAction.READ, "case", id.id(), List.of(c.personId()), null);
        });
    return found.map(this::view);
  }

  /**
   * The access policy for the case and everything under it, for other modules' services (plan,
   * profile, appointments, questionnaires, fit notes, estimates): reads nothing about the person.
   *
   * @throws RecordNotFound when there is no such case, or the user may not know of it
   * @throws org.stepwise.site.OutsideYourTeams when they may open it only by breaking the glass
   */
  @Transactional(readOnly = true)
  public void checkAccess(CaseId id) {
    access.check(cases.findById(id.id()).orElseThrow(() -> new RecordNotFound("case")));
  }

  /**
   * The access policy for pages about a referral that other modules draw (its plan agreements,
   * questionnaires, letters): the user must be able to work on the referral.
   *
   * @throws RecordNotFound when there is no such referral, or the user may not know of it
   * @throws org.stepwise.site.OutsideYourTeams when they may open it only by breaking the glass
   */
  @Transactional(readOnly = true)
  public void checkReferralAccess(ReferralId id) {
    referrals.checkAccess(id);
  }

  /**
   * The worker's discharge summary of a closed case, for the letter to the referrer: empty while
   * open, or when none was written. For other modules' event listeners, which run with nobody
   * signed in.
   */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Optional<String> closingSummary(CaseId id) {
    return cases.findById(id.id()).filter(c -> !c.isOpen()).map(Case::outcomeNote);
  }

  /**
   * Hands a case to another worker, with a reason and a handover note.
   *
   * @throws OverCapacity when the new worker is full and there is no manager's reason
   * @throws ChangeRefused for an unknown or the same worker, without a reason or a note, or when
   *     the case is closed
   */
  @Transactional
  public void reassign(
      CaseId id, String to, String reason, String handoverNote, String overLimitReason) {
    var c = load(id);
    access.checkMayHandOnOrClose(c);
    String over = checkCapacity(to, overLimitReason);
    c.reassign(to, reason, handoverNote, over, currentUser(), clock.instant());
    cases.save(c);
    items
        .findUndoneFor(List.of(id.id()))
        .forEach(
            i -> {
              i.passTo(to);
              items.save(i);
            });
    auditLog.record(AuditAction.UPDATE, "case", id.id(), "reassigned to " + to);
  }

  /**
   * The new worker has read the handover note; their handover work item is done. A second click
   * changes nothing.
   *
   * @throws ChangeRefused when the signed-in user is not the case's worker
   */
  @Transactional
  public void acknowledgeHandover(CaseId id) {
    var c = load(id);
    if (!c.acknowledgeHandover(currentUser(), clock.instant())) {
      return;
    }
    cases.save(c);
    items.findByCase(id.id()).stream()
        .filter(i -> i.kind() == WorkItemKind.HANDOVER && i.status() != WorkItemStatus.DONE)
        .forEach(
            i -> {
              i.done(currentUser(), clock.instant());
              items.save(i);
            });
    auditLog.record(AuditAction.UPDATE, "case", id.id(), "handover acknowledged");
  }

  /**
   * Steps the case up or down, with the reason.
   *
   * @throws ChangeRefused for a step the service does not have, the step it is at, no reason, or a
   *     closed case
   */
  @Transactional
  public void changeStep(CaseId id, int step, String reason) {
    var c = load(id);
    if (triage.steps(c.programmeId() == null ? null : new ProgrammeId(c.programmeId())).stream()
        .noneMatch(s -> s.number() == step)) {
      throw ChangeRefused.onField("step", "case.step.unknown");
    }
    c.changeStep(step, reason, currentUser(), clock.instant());
    cases.save(c);
    auditLog.record(AuditAction.UPDATE, "case", id.id(), "step " + step);
  }

  /**
   * Plans the next review of the case with the person.
   *
   * @throws ChangeRefused for a date not after today, or a closed case
   */
  @Transactional
  public void planReview(CaseId id, LocalDate on) {
    var c = load(id);
    c.planReview(on, today());
    cases.save(c);
    auditLog.record(AuditAction.UPDATE, "case", id.id(), "review planned");
  }

  /**
   * Closes the case with the outcome; its open work items are closed too.
   *
   * @param summary the worker's discharge summary, or null
   * @throws ChangeRefused when already closed, or without an outcome
   */
  @Transactional
  public void close(CaseId id, Outcome outcome, String summary) {
    var c = load(id);
    access.checkMayHandOnOrClose(c);
    c.close(outcome, summary, currentUser(), clock.instant());
    cases.save(c);
    items
        .findUndoneFor(List.of(id.id()))
        .forEach(
            i -> {
              i.done(currentUser(), clock.instant());
              items.save(i);
            });
    auditLog.record(AuditAction.UPDATE, "case", id.id(), "closed: " + outcome);
  }

  /**
   * Where the case opened from a referral stands, for the system that sent the referral (the FHIR
   * API checks it is theirs): empty until a case opens.
   */
  @PreAuthorize("hasAnyAuthority('SCOPE_referral.read','SCOPE_referral.write')")
  @Transactional(readOnly = true)
  public Optional<CaseProgress> progress(ReferralId referralId) {
    return cases
        .findByReferralId(referralId.id())
        .map(
            c ->
                new CaseProgress(
                    c.isOpen(), c.openedAt(), c.closedAt(), c.outcome(), c.outcomeNote()));
  }

  private Case load(CaseId id) {
    var c = cases.findById(id.id()).orElseThrow(() -> new RecordNotFound("case"));
    access.check(c);
    return c;
  }

  /** The reason to record when the worker is full (the manager's), or null when they have room. */
  private String checkCapacity(String worker, String overLimitReason) {
    var profile =
        staff
            .worker(worker == null ? "" : worker)
            .orElseThrow(() -> ChangeRefused.onField("worker", "case.worker.unknown"));
    long active = cases.countOpenFor(worker);
    if (active < profile.caseloadLimit()) {
      return null;
    }
    if (overLimitReason == null || overLimitReason.isBlank()) {
      throw new OverCapacity(profile.displayName(), active, profile.caseloadLimit());
    }
    if (!isManager()) {
      throw ChangeRefused.onField("overLimitReason", "case.worker.overLimit.managerOnly");
    }
    return overLimitReason.trim();
  }

  private CaseView view(Case c) {
    var person =
        people.summaries(List.of(new PersonId(c.personId()))).get(new PersonId(c.personId()));
    var today = today();
    var lastAssignment = c.assignments().getLast();
    return new CaseView(
        new CaseId(c.id()),
        new ReferralId(c.referralId()),
        new PersonId(c.personId()),
        c.reference(),
        person == null ? "Unknown" : person.fullName(),
        serviceName(c.programmeId()),
        c.programmeId() == null ? null : new ProgrammeId(c.programmeId()),
        c.step(),
        c.status(),
        c.worker(),
        staff.worker(c.worker()).map(WorkerProfile::displayName).orElse(c.worker()),
        c.openedAt(),
        c.handoverPending(),
        c.handoverPending() ? lastAssignment.handoverNote() : null,
        c.outcome(),
        c.outcomeNote(),
        c.nextReviewOn(),
        c.assignments().stream()
            .map(
                a ->
                    new CaseView.Worker(
                        a.worker(),
                        staff.worker(a.worker()).map(WorkerProfile::displayName).orElse(a.worker()),
                        a.fromAt(),
                        a.toAt(),
                        a.reason(),
                        a.handoverNote(),
                        a.acknowledgedAt(),
                        a.overLimitReason()))
            .toList(),
        c.stepChanges().stream()
            .map(s -> new CaseView.Step(s.fromStep(), s.toStep(), s.reason(), s.at(), s.byUser()))
            .toList(),
        items.findByCase(c.id()).stream()
            .map(
                i ->
                    new CaseView.Item(
                        new WorkItemId(i.id()),
                        i.kind(),
                        i.description(),
                        i.dueOn(),
                        i.status(),
                        i.parkedUntil(),
                        i.parkedReason(),
                        i.needsActionOn(today),
                        i.overdueOn(today)))
            .toList());
  }

  private String serviceName(UUID programme) {
    return ServiceNames.of(programmes, new HashMap<>(), programme);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Dates.LONDON));
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  private static boolean isManager() {
    return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
        .anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
  }

  /** A service's name for a list, looked up once per service. */
  static final class ServiceNames {
    private ServiceNames() {}

    static String of(Programmes programmes, HashMap<UUID, String> cache, UUID programme) {
      if (programme == null) {
        return "No service";
      }
      return cache.computeIfAbsent(
          programme,
          p ->
              programmes
                  .find(new ProgrammeId(p))
                  .map(ProgrammeView::name)
                  .orElse("Unknown service"));
    }
  }
}
