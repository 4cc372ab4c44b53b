package org.stepwise.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.triage.internal.CareStepsStore;

/**
 * Administrators set each service's stepped-care steps (names and waiting-time targets) and the
 * rules from the triage screen to a suggested step. Until a service sets its own, it uses the
 * defaults. Every change is logged.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CareSteps {

  private final CareStepsStore store;
  private final AuditLog auditLog;

  CareSteps(CareStepsStore store, AuditLog auditLog) {
    this.store = store;
    this.auditLog = auditLog;
  }

  @Transactional(readOnly = true)
  public List<CareStep> steps(UUID programme) {
    return store.steps(programme);
  }

  @Transactional(readOnly = true)
  public List<StepRule> rules(UUID programme) {
    return store.rules(programme);
  }

  /** Replaces the steps' names and targets (always three steps, numbered 1 to 3). */
  @Transactional
  public void saveSteps(UUID programme, List<CareStep> steps) {
    store.saveSteps(programme, steps, by());
    auditLog.record(AuditAction.UPDATE, "programme", programme, "care steps");
  }

  @Transactional
  public void addRule(UUID programme, StepRule rule) {
    var rules = new ArrayList<>(store.rules(programme));
    rules.add(rule);
    store.saveRules(programme, rules, by());
    auditLog.record(
        AuditAction.UPDATE, "programme", programme, "step rule added: " + rule.summary());
  }

  @Transactional
  public void removeRule(UUID programme, int position) {
    var rules = new ArrayList<>(store.rules(programme));
    if (position >= 0 && position < rules.size()) {
      rules.remove(position);
      store.saveRules(programme, rules, by());
      auditLog.record(AuditAction.UPDATE, "programme", programme, "step rule removed");
    }
  }

  private static String by() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}
