package org.stepwise.benefits;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.benefits.internal.Estimate;
import org.stepwise.benefits.internal.EstimateRepository;
import org.stepwise.benefits.internal.RuleSetStore;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;

/**
 * Better-off estimates made from a case, each kept with its answers, the rule set in effect that
 * day and its working ({@link Estimate}, written once). Practitioners and managers; every read and
 * change is logged against the person.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class BetterOffEstimates {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String RECORD_TYPE = "better-off-estimate";

  private final EstimateRepository estimates;
  private final RuleSetStore rules;
  private final Cases cases;
  private final AuditLog auditLog;
  private final Clock clock;

  BetterOffEstimates(
      EstimateRepository estimates,
      RuleSetStore rules,
      Cases cases,
      AuditLog auditLog,
      Clock clock) {
    this.estimates = estimates;
    this.rules = rules;
    this.cases = cases;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Works out and keeps an estimate for the person on an open case, using the rule set in effect
   * today (in London).
   *
   * @return the new estimate's id
   * @throws RecordNotFound when there is no such case
   * @throws ChangeRefused when the case is closed or no rule set is in effect today
   * @throws IllegalArgumentException when an answer is out of range (see {@link
   *     BetterOffInputs#check()})
   */
  @Transactional
  public BetterOffEstimateId estimate(CaseId caseId, BetterOffInputs inputs) {
    cases.checkAccess(caseId);
    var c = openCase(caseId);
    var today = clock.instant().atZone(LONDON).toLocalDate();
    var ruleSet = rules.inEffectOn(today).orElseThrow(() -> new ChangeRefused("betterOff.noRules"));
    var result = BetterOffCalculation.calculate(ruleSet, inputs);
    var made =
        estimates.save(Estimate.made(caseId, c.personId().id(), ruleSet.id(), inputs, result));
    auditLog.record(AuditAction.CREATE, RECORD_TYPE, c.personId().id(), "from case " + caseId);
    return made.id();
  }

  /**
   * The estimates made on a case, newest first.
   *
   * @throws RecordNotFound when there is no such case
   */
  @Transactional
  public List<BetterOffEstimate> forCase(CaseId caseId) {
    cases.checkAccess(caseId);
    var c = knownCase(caseId);
    auditLog.record(AuditAction.READ, RECORD_TYPE, c.personId().id(), "from case " + caseId);
    return estimates.findByCase(caseId.id()).stream().map(this::view).toList();
  }

  /**
   * One estimate on a case, if it was made on that case.
   *
   * @throws RecordNotFound when there is no such case
   */
  @Transactional
  public Optional<BetterOffEstimate> find(CaseId caseId, BetterOffEstimateId estimateId) {
    cases.checkAccess(caseId);
    var c = knownCase(caseId);
    var found = estimates.findOnCase(estimateId.id(), caseId.id()).map(this::view);
    found.ifPresent(
        e ->
            auditLog.record(
                AuditAction.READ,
                RECORD_TYPE,
                c.personId().id(),
                "estimate " + estimateId + " from case " + caseId));
    return found;
  }

  private CaseView knownCase(CaseId caseId) {
    return cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
  }

  private CaseView openCase(CaseId caseId) {
    var c = knownCase(caseId);
    if (c.closed()) {
      throw new ChangeRefused("betterOff.closed");
    }
    return c;
  }

  private BetterOffEstimate view(Estimate estimate) {
    return estimate.view(rules.find(estimate.rulesId()).orElseThrow());
  }
}
