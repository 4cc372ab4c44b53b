package org.stepwise.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.plan.internal.Plan;
import org.stepwise.plan.internal.PlanRepository;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;

/** The plan on a case. Practitioners and managers; every read and change is logged. */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Plans {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final PlanRepository plans;
  private final Cases cases;
  private final AuditLog auditLog;
  private final Clock clock;

  Plans(PlanRepository plans, Cases cases, AuditLog auditLog, Clock clock) {
    this.plans = plans;
    this.cases = cases;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** The case's plan, empty until something is written. */
  @Transactional
  public PlanView forCase(CaseId caseId) {
    cases.checkAccess(caseId);
    auditLog.record(AuditAction.READ, "plan", caseId.id(), null);
    return plans
        .findByCareCaseId(caseId.id())
        .map(Plans::view)
        .orElse(
            new PlanView(
                null,
                caseId,
                null,
                null,
                null,
                null,
                java.util.List.of(),
                0,
                java.util.List.of(),
                null,
                null,
                null));
  }

  /** Agreements on any plan for the referral's case, for the timeline. */
  @Transactional
  public java.util.List<PlanView.Agreement> agreementsForReferral(ReferralId referralId) {
    cases.checkReferralAccess(referralId);
    auditLog.record(AuditAction.READ, "plan", referralId.id(), "agreements for timeline");
    return plans.findByReferralId(referralId.id()).stream()
        .map(Plans::view)
        .flatMap(v -> v.agreements().stream())
        .toList();
  }

  /**
   * Replaces the plan's words.
   *
   * @param version the version the words were typed against (null for a plan never saved)
   * @throws EditConflict when someone else saved the plan since; nothing is saved
   * @throws ChangeRefused when a part is too long
   */
  @Transactional
  public void write(
      CaseId caseId,
      Long version,
      String goals,
      String adjustments,
      String pacing,
      String flareUp) {
    cases.checkAccess(caseId);
    var plan = load(caseId);
    plan.write(version, goals, adjustments, pacing, flareUp);
    save(plan, version);
    auditLog.record(AuditAction.UPDATE, "plan", caseId.id(), "written");
  }

  /** Adds an action; refused like {@link #write}. */
  @Transactional
  public void addAction(
      CaseId caseId, Long version, String description, ActionOwner owner, LocalDate dueOn) {
    cases.checkAccess(caseId);
    var plan = load(caseId);
    plan.addAction(version, description, owner, dueOn);
    save(plan, version);
    auditLog.record(AuditAction.UPDATE, "plan", caseId.id(), "action added");
  }

  /** Moves an action on; refused like {@link #write}, or when there is no such action. */
  @Transactional
  public void changeAction(CaseId caseId, Long version, int position, ActionStatus status) {
    cases.checkAccess(caseId);
    var plan = load(caseId);
    plan.changeAction(version, position, status);
    save(plan, version);
    auditLog.record(AuditAction.UPDATE, "plan", caseId.id(), "action " + status);
  }

  /**
   * Records that the person agreed the plan as they were shown it; returns the version number.
   *
   * @param version the version of the plan the person was shown
   * @throws EditConflict when the plan changed since; nothing is agreed
   * @throws ChangeRefused when there are no goals yet, or no word of how they agreed
   */
  @Transactional
  public int agree(CaseId caseId, Long version, String how) {
    cases.checkAccess(caseId);
    var plan = load(caseId);
    var today = LocalDate.now(clock.withZone(LONDON));
    int number =
        plan.agree(
            version,
            today,
            how,
            SecurityContextHolder.getContext().getAuthentication().getName(),
            clock.instant(),
            snapshot(plan));
    save(plan, version);
    auditLog.record(AuditAction.UPDATE, "plan", caseId.id(), "agreed version " + number);
    return number;
  }

  /** Saves, turning a save that lost a race (two at once, two first saves) into a conflict. */
  private void save(Plan plan, Long version) {
    try {
      plans.save(plan);
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      throw new EditConflict(version == null ? -1 : version, -1);
    }
  }

  private Plan load(CaseId caseId) {
    return plans
        .findByCareCaseId(caseId.id())
        .orElseGet(
            () -> {
              var c = cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
              return Plan.start(caseId.id(), c.referralId().id());
            });
  }

  /** The plan in words, as agreed. */
  static String snapshot(Plan plan) {
    var text = new StringBuilder();
    text.append("Goals:\n").append(plan.goals()).append("\n\nActions:\n");
    text.append(
        plan.actions().isEmpty()
            ? "None yet."
            : plan.actions().stream()
                .map(
                    a ->
                        "- "
                            + a.description()
                            + " ("
                            + a.owner().label()
                            + (a.dueOn() == null ? "" : ", by " + a.dueOn())
                            + ", "
                            + a.status().label().toLowerCase(java.util.Locale.UK)
                            + ")")
                .collect(Collectors.joining("\n")));
    if (plan.adjustments() != null) {
      text.append("\n\nAdjustments to ask for:\n").append(plan.adjustments());
    }
    if (plan.pacing() != null) {
      text.append("\n\nPacing plan:\n").append(plan.pacing());
    }
    if (plan.flareUp() != null) {
      text.append("\n\nIf symptoms flare up at work:\n").append(plan.flareUp());
    }
    return text.toString();
  }

  private static PlanView view(Plan p) {
    var actions = new java.util.ArrayList<PlanView.Action>();
    for (int i = 0; i < p.actions().size(); i++) {
      var a = p.actions().get(i);
      actions.add(new PlanView.Action(i, a.description(), a.owner(), a.dueOn(), a.status()));
    }
    return new PlanView(
        new PlanId(p.id()),
        new CaseId(p.caseId()),
        p.goals(),
        p.adjustments(),
        p.pacing(),
        p.flareUp(),
        actions,
        p.agreedVersion(),
        p.agreements().stream()
            .map(
                g ->
                    new PlanView.Agreement(
                        g.number(),
                        g.agreedOn(),
                        g.agreedAt(),
                        g.how(),
                        g.recordedBy(),
                        g.snapshot()))
            .toList()
            .reversed(),
        p.version(),
        p.updatedAt(),
        p.updatedBy());
  }
}
