package org.stepwise.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.stepwise.caseload.internal.WorkItem;
import org.stepwise.caseload.internal.WorkItemRepository;
import org.stepwise.person.People;
import org.stepwise.person.PersonId;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;

/**
 * Caseloads and the work items on them: a worker's open cases with what needs action and by when;
 * raising, completing and parking work items. Practitioners and managers; a practitioner sees only
 * their own caseload. Every read and change is logged. The case itself is {@link Cases}.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Caseloads {

  private final CaseRepository cases;
  private final WorkItemRepository items;
  private final Cases caseService;
  private final People people;
  private final Programmes programmes;
  private final AuditLog auditLog;
  private final Clock clock;
  private final org.stepwise.caseload.internal.CaseAccess access;

  Caseloads(
      CaseRepository cases,
      WorkItemRepository items,
      Cases caseService,
      People people,
      Programmes programmes,
      AuditLog auditLog,
      Clock clock,
      org.stepwise.caseload.internal.CaseAccess access) {
    this.access = access;
    this.cases = cases;
    this.items = items;
    this.caseService = caseService;
    this.people = people;
    this.programmes = programmes;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * A worker's open cases with what needs action and by when.
   *
   * @param worker whose caseload: the user's own when null; another worker's for their manager, or
   *     for someone covering their caseload
   * @throws RecordNotFound for someone else's caseload the user may not see
   */
  @Transactional
  public List<CaseRow> caseload(String worker, CaseloadFilter filter) {
    String whose = worker != null && !worker.isBlank() ? worker : currentUser();
    if (!access.maySeeCaseloadOf(whose)) {
      throw new RecordNotFound("caseload");
    }
    var open = cases.findOpenFor(whose);
    var today = today();
    var undone =
        open.isEmpty()
            ? List.<WorkItem>of()
            : items.findUndoneFor(open.stream().map(Case::id).toList());
    var byCase = new HashMap<UUID, List<WorkItem>>();
    undone.forEach(i -> byCase.computeIfAbsent(i.caseId(), k -> new ArrayList<>()).add(i));
    var persons = people.summaries(open.stream().map(c -> new PersonId(c.personId())).toList());
    var names = new HashMap<UUID, String>();
    auditLog.recordAbout(
        AuditAction.READ,
        "caseload",
        null,
        open.stream().map(Case::personId).toList(),
        "caseload of " + whose);
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
                  new CaseId(c.id()),
                  c.reference(),
                  person == null ? "Unknown" : person.fullName(),
                  Cases.ServiceNames.of(programmes, names, c.programmeId()),
                  c.programmeId() == null ? null : new ProgrammeId(c.programmeId()),
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

  /**
   * Raises a work item on a case for its worker, once per source key (for other modules, such as a
   * missed appointment's follow-up). Runs in the caller's transaction; nothing is raised on a
   * closed case.
   */
  @PreAuthorize("permitAll()")
  @Transactional
  public void raiseWorkItem(
      CaseId caseId, WorkItemKind kind, String description, LocalDate due, String sourceKey) {
    if (items.existsBySourceKey(sourceKey)) {
      return;
    }
    if (!Boolean.TRUE.equals(cases.lockIsOpen(caseId.id()))) {
      return;
    }
    var c = cases.findById(caseId.id()).orElseThrow(() -> new RecordNotFound("case"));
    items.save(WorkItem.raise(caseId.id(), c.worker(), kind, description, due, sourceKey));
  }

  /**
   * Whether the signed-in user may see another worker's caseload and diary: they cover for them, or
   * manage them (or it is their own).
   */
  @Transactional(readOnly = true)
  public boolean maySeeWorkOf(String worker) {
    return worker == null || worker.isBlank() || access.maySeeCaseloadOf(worker);
  }

  /** The case a work item is on, or empty when there is no such item. */
  @Transactional(readOnly = true)
  public Optional<CaseId> caseOf(WorkItemId itemId) {
    return items.findById(itemId.id()).map(i -> new CaseId(i.caseId()));
  }

  /**
   * Marks a work item done. Marking it done again changes nothing (it is already done).
   *
   * @return the case it is on
   * @throws RecordNotFound when there is no such item
   */
  @Transactional
  public CaseId completeItem(WorkItemId itemId) {
    var item = items.findById(itemId.id()).orElseThrow(() -> new RecordNotFound("work item"));
    checkCase(item.caseId());
    if (item.done(currentUser(), clock.instant())) {
      items.save(item);
      auditLog.record(AuditAction.UPDATE, "work-item", itemId.id(), "done");
    }
    return new CaseId(item.caseId());
  }

  /**
   * Parks a work item until a date, with a reason.
   *
   * @throws ChangeRefused when it is done, for a date not after today, or without a reason
   * @throws RecordNotFound when there is no such item
   */
  @Transactional
  public CaseId parkItem(WorkItemId itemId, LocalDate until, String reason) {
    var item = items.findById(itemId.id()).orElseThrow(() -> new RecordNotFound("work item"));
    checkCase(item.caseId());
    item.park(until, reason, today());
    items.save(item);
    auditLog.record(AuditAction.UPDATE, "work-item", itemId.id(), "parked");
    return new CaseId(item.caseId());
  }

  /**
   * Where the case opened from a referral stands, for the FHIR API: {@link
   * Cases#progress(ReferralId)}.
   */
  @PreAuthorize("hasAnyAuthority('SCOPE_referral.read','SCOPE_referral.write')")
  @Transactional(readOnly = true)
  public Optional<CaseProgress> progress(ReferralId referralId) {
    return caseService.progress(referralId);
  }

  private void checkCase(UUID caseId) {
    access.check(cases.findById(caseId).orElseThrow(() -> new RecordNotFound("case")));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Dates.LONDON));
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}
