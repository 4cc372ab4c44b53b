package org.stepwise.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.benefits.internal.RuleSet;
import org.stepwise.benefits.internal.RuleSetRepository;
import org.stepwise.benefits.internal.RuleSetStore;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;

/**
 * The benefit rules better-off estimates use, kept by administrators. To change the figures, add a
 * set in effect from a new date. A set no estimate has used may be corrected (for example a figure
 * later confirmed on GOV.UK) or removed; a set an estimate used stays as it is for ever, so that
 * the estimate can be shown as it was made. Every addition, correction and removal goes through the
 * set's record ({@link RuleSet}, versioned) and is logged.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BenefitRuleSets {

  private final RuleSetStore store;
  private final RuleSetRepository sets;
  private final AuditLog auditLog;

  BenefitRuleSets(RuleSetStore store, RuleSetRepository sets, AuditLog auditLog) {
    this.store = store;
    this.sets = sets;
    this.auditLog = auditLog;
  }

  /** Every set, the latest effective date first. */
  @Transactional(readOnly = true)
  public List<BenefitRules> all() {
    return store.all();
  }

  /** The set in effect on a day, if any. */
  @Transactional(readOnly = true)
  public Optional<BenefitRules> inEffectOn(LocalDate day) {
    return store.inEffectOn(day);
  }

  /**
   * One set.
   *
   * @throws RecordNotFound when there is no such set
   */
  @Transactional(readOnly = true)
  public BenefitRules find(RuleSetId id) {
    return store.find(id).orElseThrow(() -> new RecordNotFound("set of figures"));
  }

  /** How many estimates used each set; a set no estimate used is not in the map. */
  @Transactional(readOnly = true)
  public Map<RuleSetId, Long> estimatesUsing() {
    return store.estimatesUsing();
  }

  /**
   * Removes a set that no estimate has used, for example to correct a mistake. A set an estimate
   * used stays for ever, so that the estimate can be shown as it was made.
   *
   * @throws RecordNotFound when there is no such set
   * @throws ChangeRefused when it is the only set, or an estimate has used it
   */
  @Transactional
  public BenefitRules remove(RuleSetId id) {
    var set = load(id);
    var rules = set.view();
    if (sets.count() == 1) {
      throw new ChangeRefused("benefitRules.remove.only");
    }
    if (store.used(id)) {
      throw usedSoKept(rules);
    }
    try {
      sets.delete(set);
    } catch (DataIntegrityViolationException anEstimateUsedItMeanwhile) {
      throw usedSoKept(rules);
    }
    auditLog.record(
        AuditAction.DELETE, "benefit-rules", id.id(), "in effect from " + rules.effectiveFrom());
    return rules;
  }

  /**
   * Adds a set of figures in effect from its date. The same set sent again (the form sent twice)
   * adds nothing and says so.
   *
   * @throws IllegalArgumentException when a figure or the source is missing or out of range (see
   *     {@link BenefitRules#check()})
   * @throws ChangeRefused on {@code from} when another set already starts on that date (with a
   *     message of its own when it is the same set, already added)
   */
  @Transactional
  public RuleSetId add(BenefitRules rules) {
    var set = RuleSet.add(rules);
    refuseTaken(rules);
    RuleSet saved;
    try {
      saved = sets.save(set);
    } catch (DuplicateKeyException sameDateAddedMeanwhile) {
      throw dateTaken(rules.effectiveFrom());
    }
    auditLog.record(
        AuditAction.CREATE,
        "benefit-rules",
        saved.id().id(),
        "in effect from " + rules.effectiveFrom());
    return saved.id();
  }

  /**
   * Corrects the figures of a set no estimate has used, if no one else has changed it since it was
   * read at {@code version}.
   *
   * @throws RecordNotFound when there is no such set
   * @throws EditConflict when the set is no longer at {@code version}; nothing is saved
   * @throws ChangeRefused when an estimate has used the set, or (on {@code from}) another set
   *     starts on the new date
   * @throws IllegalArgumentException as {@link BenefitRules#check()}
   */
  @Transactional
  public void correct(RuleSetId id, Long version, BenefitRules rules) {
    var set = load(id);
    if (store.used(id)) {
      throw new ChangeRefused("benefitRules.correct.used");
    }
    var wasFrom = set.effectiveFrom();
    set.correct(version, rules);
    var from = rules.effectiveFrom();
    if (!from.equals(wasFrom)) {
      refuseTaken(rules);
    }
    try {
      sets.save(set);
    } catch (DuplicateKeyException sameDateAddedMeanwhile) {
      throw dateTaken(from);
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      throw new EditConflict(version, load(id).version());
    }
    auditLog.record(
        AuditAction.UPDATE,
        "benefit-rules",
        id.id(),
        "corrected; in effect from " + from + " (version " + (version + 1) + ")");
  }

  private RuleSet load(RuleSetId id) {
    return sets.findById(id.id()).orElseThrow(() -> new RecordNotFound("set of figures"));
  }

  /** Refuses a set whose date another set has: the same set again, or different figures. */
  private void refuseTaken(BenefitRules rules) {
    var from = rules.effectiveFrom();
    var there = sets.findByEffectiveFrom(from);
    if (there.isPresent()) {
      throw there.get().sameAs(rules)
          ? ChangeRefused.onField("from", "benefitRules.from.alreadyAdded", Dates.date(from))
          : dateTaken(from);
    }
  }

  private static ChangeRefused usedSoKept(BenefitRules rules) {
    return new ChangeRefused("benefitRules.remove.used", Dates.date(rules.effectiveFrom()));
  }

  private static ChangeRefused dateTaken(LocalDate from) {
    return ChangeRefused.onField("from", "benefitRules.from.taken", Dates.date(from));
  }
}
