package org.stepwise.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;
import org.stepwise.triage.internal.CareStepsStore;

/**
 * Administrators set each service's stepped-care steps (names and waiting-time targets) and the
 * rules from the triage screen to a suggested step. Until a service sets its own, it uses the
 * defaults. A service's steps carry one version and its rules another, so that a change made on a
 * page read before someone else's change is refused rather than overwriting it. Every change is
 * logged.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CareSteps {

  private final CareStepsStore store;
  private final AuditLog auditLog;
  private final Clock clock;

  CareSteps(CareStepsStore store, AuditLog auditLog, Clock clock) {
    this.store = store;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CareStep> steps(ProgrammeId programme) {
    return store.steps(programme.id());
  }

  /** The version of the service's steps, for an edit form. */
  @Transactional(readOnly = true)
  public CareStepsVersion stepsVersion(ProgrammeId programme) {
    return store.stepsVersion(programme.id());
  }

  @Transactional(readOnly = true)
  public List<StepRule> rules(ProgrammeId programme) {
    return store.rules(programme.id());
  }

  /** The version of the service's rules, for the buttons that remove one. */
  @Transactional(readOnly = true)
  public CareStepsVersion rulesVersion(ProgrammeId programme) {
    return store.rulesVersion(programme.id());
  }

  /**
   * Replaces the steps' names and targets (always three steps, numbered 1 to 3), if no one else has
   * saved them since they were read at {@code version}.
   *
   * @throws EditConflict when the steps are no longer at {@code version}; nothing is saved
   * @throws IllegalArgumentException when the steps are not numbered 1 to 3
   */
  @Transactional
  public void saveSteps(ProgrammeId programme, Long version, List<CareStep> steps) {
    if (!steps.stream().map(CareStep::number).toList().equals(List.of(1, 2, 3))) {
      throw new IllegalArgumentException("A service has three steps, numbered 1 to 3");
    }
    store.saveSteps(programme.id(), version, steps, by(), clock.instant());
    auditLog.record(AuditAction.UPDATE, "programme", programme.id(), "care steps");
  }

  /** Adds a rule after the others (to the defaults, when the service has none of its own). */
  @Transactional
  public void addRule(ProgrammeId programme, StepRule rule) {
    var rules = new ArrayList<>(store.rules(programme.id()));
    rules.add(rule);
    store.saveRules(
        programme.id(), store.rulesVersion(programme.id()).number(), rules, by(), clock.instant());
    auditLog.record(
        AuditAction.UPDATE, "programme", programme.id(), "step rule added: " + rule.summary());
  }

  /**
   * Removes the rule at {@code position} of the rules as they were at {@code version}.
   *
   * @throws EditConflict when the rules have changed since; nothing is removed
   * @throws ChangeRefused when there is no rule at that position
   */
  @Transactional
  public void removeRule(ProgrammeId programme, Long version, int position) {
    var current = store.rulesVersion(programme.id()).number();
    EditConflict.check(version, current);
    var rules = new ArrayList<>(store.rules(programme.id()));
    if (position < 0 || position >= rules.size()) {
      throw new ChangeRefused("careSteps.rule.gone");
    }
    rules.remove(position);
    store.saveRules(programme.id(), current, rules, by(), clock.instant());
    auditLog.record(AuditAction.UPDATE, "programme", programme.id(), "step rule removed");
  }

  private static String by() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}
