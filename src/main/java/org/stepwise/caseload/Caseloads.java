package org.stepwise.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.internal.Case;
import org.stepwise.caseload.internal.CaseRepository;
import org.stepwise.caseload.internal.WorkItem;
import org.stepwise.caseload.internal.WorkItemRepository;
import org.stepwise.person.People;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.Referrals;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.WorkerProfile;
import org.stepwise.triage.Triage;

/**
 * Cases and caseloads. Practitioners and managers open cases and work them; only a manager can
 * assign a worker over their caseload limit, with a reason. Every read and change is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Caseloads {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final CaseRepository cases;
  private final WorkItemRepository items;
  private final org.stepwise.caseload.internal.CaseNoteRepository notes;
  private final Triage triage;
  private final Referrals referrals;
  private final StaffDirectory staff;
  private final People people;
  private final Programmes programmes;
  private final AuditLog auditLog;
  private final Clock clock;

  Caseloads(
      CaseRepository cases,
      WorkItemRepository items,
      org.stepwise.caseload.internal.CaseNoteRepository notes,
      Triage triage,
      Referrals referrals,
      StaffDirectory staff,
      People people,
      Programmes programmes,
      AuditLog auditLog,
      Clock clock) {
    this.cases = cases;
    this.items = items;
    this.notes = notes;
    this.triage = triage;
    this.referrals = referrals;
    this.staff = staff;
    this.people = people;
    this.programmes = programmes;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Workers who could take the person waiting in this triage: trained in one of their conditions
   * first, then those with the most room.
   */
  @Transactional
  public List<WorkerOption> options(UUID triageId) {
    var view = triage.find(triageId).orElseThrow();
    var conditions =
        referrals.outline(new ReferralId(view.referralId())).orElseThrow().conditions();
    return staff.workers().stream()
        .map(w -> option(w, conditions))
        .sorted(
            Comparator.comparing(WorkerOption::skillMatch)
                .reversed()
                .thenComparing(Comparator.comparingInt(WorkerOption::spare).reversed())
                .thenComparing(WorkerOption::displayName))
        .toList();
  }

  /**
   * Opens a case for someone waiting, with a named worker.
   *
   * @param overLimitReason a manager's reason to assign a worker who is at or over their limit
   * @throws OverCapacity when the worker is full and there is no manager's reason
   */
  @Transactional
  public UUID open(UUID triageId, String worker, String overLimitReason) {
    if (cases.findByTriageId(triageId).isPresent()) {
      throw new IllegalStateException("A case is already open for this person");
    }
    var view = triage.find(triageId).orElseThrow();
    if (view.step() == null) {
      throw new IllegalStateException("Decide the step before opening a case");
    }
    String reason = checkCapacity(worker, overLimitReason);
    var outline = referrals.outline(new ReferralId(view.referralId())).orElseThrow();
    var opened =
        cases.save(
            Case.open(
                new Case.Opening(
                    triageId,
                    view.referralId(),
                    view.personId(),
                    view.programmeId(),
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
    return opened.id();
  }

  /**
   * A worker's open cases with what needs action and by when.
   *
   * @param worker whose caseload; a practitioner who is not a manager sees only their own
   */
  @Transactional
  public List<CaseRow> caseload(String worker, CaseloadFilter filter) {
    String whose = isManager() && worker != null && !worker.isBlank() ? worker : currentUser();
    var open = cases.findOpenFor(whose);
    var today = today();
    var undone =
        open.isEmpty()
            ? List.<WorkItem>of()
            : items.findUndoneFor(open.stream().map(Case::id).toList());
    var byCase = new HashMap<UUID, List<WorkItem>>();
    undone.forEach(
        i -> byCase.computeIfAbsent(i.caseId(), k -> new java.util.ArrayList<>()).add(i));
    var persons = people.summaries(open.stream().map(c -> new PersonId(c.personId())).toList());
    var names = new HashMap<UUID, String>();
    auditLog.record(AuditAction.READ, "caseload", null, "caseload of " + whose);
    return open.stream()
        .map(
            c -> {
              var needing =
                  byCase.getOrDefault(c.id(), List.of()).stream()
                      .filter(i -> i.needsActionOn(today))
                      .toList();
              var next =
                  needing.stream().map(WorkItem::dueOn).min(Comparator.naturalOrder()).orElse(null);
              var person = persons.get(new PersonId(c.personId()));
              return new CaseRow(
                  c.id(),
                  c.reference(),
                  person == null ? "Unknown" : person.fullName(),
                  serviceName(names, c.programmeId()),
                  c.programmeId(),
                  c.step(),
                  c.openedAt(),
                  needing.size(),
                  next,
                  needing.stream().anyMatch(i -> i.overdueOn(today)),
                  c.handoverPending(),
                  c.conditions());
            })
        .filter(filter::accepts)
        .sorted(
            Comparator.comparing((CaseRow r) -> r.nextDue() == null ? LocalDate.MAX : r.nextDue())
                .thenComparing(CaseRow::fullName))
        .toList();
  }

  @Transactional
  public Optional<CaseView> find(UUID id) {
    var found = cases.findById(id);
    found.ifPresent(c -> auditLog.record(AuditAction.READ, "case", id, null));
    return found.map(this::view);
  }

  /**
   * Hands a case to another worker, with a reason and a handover note.
   *
   * @throws OverCapacity when the new worker is full and there is no manager's reason
   */
  @Transactional
  public void reassign(
      UUID id, String to, String reason, String handoverNote, String overLimitReason) {
    var c = cases.findById(id).orElseThrow();
    if (staff.worker(to).isEmpty()) {
      throw new IllegalArgumentException("Choose a practitioner");
    }
    String over = checkCapacity(to, overLimitReason);
    c.reassign(to, reason, handoverNote, over, currentUser(), clock.instant());
    cases.save(c);
    items
        .findUndoneFor(List.of(id))
        .forEach(
            i -> {
              i.passTo(to);
              items.save(i);
            });
    auditLog.record(AuditAction.UPDATE, "case", id, "reassigned to " + to);
  }

  /** The new worker has read the handover note. */
  @Transactional
  public void acknowledgeHandover(UUID id) {
    var c = cases.findById(id).orElseThrow();
    c.acknowledgeHandover(currentUser(), clock.instant());
    cases.save(c);
    items.findByCase(id).stream()
        .filter(i -> i.kind() == WorkItemKind.HANDOVER && i.status() != WorkItem.Status.DONE)
        .forEach(
            i -> {
              i.done(currentUser(), clock.instant());
              items.save(i);
            });
    auditLog.record(AuditAction.UPDATE, "case", id, "handover acknowledged");
  }

  /** Steps the case up or down, with the reason. */
  @Transactional
  public void changeStep(UUID id, int step, String reason) {
    var c = cases.findById(id).orElseThrow();
    if (triage.steps(c.programmeId()).stream().noneMatch(s -> s.number() == step)) {
      throw new IllegalArgumentException("Choose one of the service's steps");
    }
    c.changeStep(step, reason, currentUser(), clock.instant());
    cases.save(c);
    auditLog.record(AuditAction.UPDATE, "case", id, "step " + step);
  }

  /**
   * Raises a work item on a case for its worker, once per source key (for other modules, such as a
   * missed appointment's follow-up). Runs in the caller's transaction.
   */
  @PreAuthorize("permitAll()")
  @Transactional
  public void raiseWorkItem(
      UUID caseId, WorkItemKind kind, String description, LocalDate due, String sourceKey) {
    if (items.existsBySourceKey(sourceKey)) {
      return;
    }
    if (!Boolean.TRUE.equals(cases.lockIsOpen(caseId))) {
      return; // nothing to do on a closed case
    }
    var c = cases.findById(caseId).orElseThrow();
    items.save(WorkItem.raise(caseId, c.worker(), kind, description, due, sourceKey));
  }

  /** Notes a contact with (or about) the person. */
  @Transactional
  public void addNote(
      UUID id,
      ContactType type,
      Integer minutes,
      java.util.Set<Topic> topics,
      String text,
      LocalDate on) {
    var c = cases.findById(id).orElseThrow();
    if (c.status() != org.stepwise.caseload.internal.Case.Status.OPEN) {
      throw new IllegalStateException("This case is closed");
    }
    var note =
        notes.save(
            org.stepwise.caseload.internal.CaseNote.write(
                id, type, minutes, topics, text, on, today()));
    auditLog.record(AuditAction.CREATE, "case-note", note.id(), null);
  }

  /** Plans the next review of the case with the person. */
  @Transactional
  public void planReview(UUID id, LocalDate on) {
    var c = cases.findById(id).orElseThrow();
    c.planReview(on, today());
    cases.save(c);
    auditLog.record(AuditAction.UPDATE, "case", id, "review planned");
  }

  /**
   * Where the case opened from a referral stands, for the system that sent the referral (the FHIR
   * API checks it is theirs): empty until a case opens.
   */
  @PreAuthorize("hasAnyAuthority('SCOPE_referral.read','SCOPE_referral.write')")
  @Transactional(readOnly = true)
  public Optional<CaseProgress> progress(UUID referralId) {
    return cases
        .findByReferralId(referralId)
        .map(
            c ->
                new CaseProgress(
                    c.status() == org.stepwise.caseload.internal.Case.Status.OPEN,
                    c.openedAt(),
                    c.closedAt(),
                    c.outcome(),
                    c.outcomeNote()));
  }

  /** Closes the case with the outcome; its open work items are closed too. */
  @Transactional
  public void close(UUID id, Outcome outcome, String note) {
    var c = cases.findById(id).orElseThrow();
    c.close(outcome, note, currentUser(), clock.instant());
    cases.save(c);
    items
        .findUndoneFor(List.of(id))
        .forEach(
            i -> {
              i.done(currentUser(), clock.instant());
              items.save(i);
            });
    auditLog.record(AuditAction.UPDATE, "case", id, "closed: " + outcome);
  }

  @Transactional
  public void completeItem(UUID itemId) {
    var item = items.findById(itemId).orElseThrow();
    item.done(currentUser(), clock.instant());
    items.save(item);
    auditLog.record(AuditAction.UPDATE, "work-item", itemId, "done");
  }

  @Transactional
  public void parkItem(UUID itemId, LocalDate until, String reason) {
    var item = items.findById(itemId).orElseThrow();
    item.park(until, reason, today());
    items.save(item);
    auditLog.record(AuditAction.UPDATE, "work-item", itemId, "parked");
  }

  /**
   * One suggestion per person waiting longest (up to {@code limit}): the best worker with room,
   * trained in their condition where possible. People for whom nobody has room are left out.
   */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public List<Suggestion> suggestions(int limit) {
    var waiting = triage.waitingList(null, null, "wait", 1).rows();
    var taken = new HashMap<String, Integer>();
    var suggestions = new java.util.ArrayList<Suggestion>();
    for (var person : waiting) {
      if (suggestions.size() >= limit) {
        break;
      }
      var best =
          options(person.id()).stream()
              .filter(o -> o.active() + taken.getOrDefault(o.username(), 0) < o.limit())
              .findFirst();
      best.ifPresent(
          o -> {
            taken.merge(o.username(), 1, Integer::sum);
            suggestions.add(
                new Suggestion(
                    person.id(),
                    person.fullName(),
                    person.service(),
                    person.step(),
                    person.weeksWaiting(),
                    o.username(),
                    o.displayName(),
                    o.skillMatch()
                        ? "trained in their condition, " + o.spare() + " places free"
                        : o.spare() + " places free"));
          });
    }
    return suggestions;
  }

  /** A suggested worker for someone waiting. */
  public record Suggestion(
      UUID triageId,
      String fullName,
      String service,
      Integer step,
      long weeksWaiting,
      String worker,
      String workerName,
      String why) {}

  /** Each practitioner's active cases against their limit, and how many cases kept one worker. */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional(readOnly = true)
  public TeamView team() {
    var workers = staff.workers().stream().map(w -> option(w, java.util.Set.of())).toList();
    var all = cases.findRecent();
    int kept = (int) all.stream().filter(Case::keptOneWorker).count();
    return new TeamView(workers, kept, all.size());
  }

  private WorkerOption option(
      WorkerProfile w, java.util.Set<org.stepwise.programme.Condition> conditions) {
    int active = (int) cases.countOpenFor(w.username());
    boolean match = w.skills().stream().anyMatch(conditions::contains);
    return new WorkerOption(
        w.username(), w.displayName(), active, w.caseloadLimit(), match, w.skills(), w.team());
  }

  /** The reason to record when the worker is full (the manager's), or null when they have room. */
  private String checkCapacity(String worker, String overLimitReason) {
    var profile =
        staff
            .worker(worker)
            .orElseThrow(() -> new IllegalArgumentException("Choose a practitioner"));
    long active = cases.countOpenFor(worker);
    if (active < profile.caseloadLimit()) {
      return null;
    }
    if (overLimitReason == null || overLimitReason.isBlank()) {
      throw new OverCapacity(
          profile.displayName()
              + " has "
              + active
              + " active cases and a limit of "
              + profile.caseloadLimit()
              + ". Choose someone with room, or a manager can assign over the limit with a reason.");
    }
    if (!isManager()) {
      throw new AccessDeniedException(
          "Only a manager can assign a worker over their caseload limit");
    }
    return overLimitReason.trim();
  }

  private CaseView view(Case c) {
    var person =
        people.summaries(List.of(new PersonId(c.personId()))).get(new PersonId(c.personId()));
    var today = today();
    var lastAssignment = c.assignments().getLast();
    return new CaseView(
        c.id(),
        c.referralId(),
        c.personId(),
        c.reference(),
        person == null ? "Unknown" : person.fullName(),
        serviceName(new HashMap<>(), c.programmeId()),
        c.programmeId(),
        c.step(),
        c.status().name(),
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
                        i.id(),
                        i.kind(),
                        i.description(),
                        i.dueOn(),
                        i.status().name(),
                        i.parkedUntil(),
                        i.parkedReason(),
                        i.needsActionOn(today),
                        i.overdueOn(today)))
            .toList());
  }

  private String serviceName(HashMap<UUID, String> cache, UUID programme) {
    if (programme == null) {
      return "No service";
    }
    return cache.computeIfAbsent(
        programme,
        p ->
            programmes.find(new ProgrammeId(p)).map(ProgrammeView::name).orElse("Unknown service"));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LONDON));
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  private static boolean isManager() {
    return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
        .anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
  }
}
