package org.stepwise.benefits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.benefits.internal.RuleSetStore;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;

/**
 * The benefit rules better-off estimates use, kept by administrators. To change the figures, add a
 * set in effect from a new date. A set no estimate has used may be corrected (for example a figure
 * later confirmed on GOV.UK) or removed; a set an estimate used stays as it is for ever, so that
 * the estimate can be shown as it was made. Every addition, correction and removal is logged.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BenefitRuleSets {

  private final RuleSetStore store;
  private final AuditLog auditLog;
  private final Clock clock;

  BenefitRuleSets(RuleSetStore store, AuditLog auditLog, Clock clock) {
    this.store = store;
    this.auditLog = auditLog;
    this.clock = clock;
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
  public BenefitRules find(UUID id) {
    return store.find(id).orElseThrow(() -> new RecordNotFound("set of figures"));
  }

  /** How many estimates used each set; a set no estimate used is not in the map. */
  @Transactional(readOnly = true)
  public Map<UUID, Long> estimatesUsing() {
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
  public BenefitRules remove(UUID id) {
    var rules = find(id);
    if (store.all().size() == 1) {
      throw new ChangeRefused("benefitRules.remove.only");
    }
    if (!store.removeUnused(id)) {
      throw new ChangeRefused("benefitRules.remove.used", Dates.date(rules.effectiveFrom()));
    }
    auditLog.record(
        AuditAction.DELETE, "benefit-rules", id, "in effect from " + rules.effectiveFrom());
    return rules;
  }

  /**
   * Adds a set of figures in effect from its date.
   *
   * @throws IllegalArgumentException when a figure or the source is missing or out of range (see
   *     {@link BenefitRules#check()})
   * @throws ChangeRefused on {@code from} when another set already starts on that date
   */
  @Transactional
  public UUID add(BenefitRules rules) {
    rules.check();
    if (store.dateTaken(rules.effectiveFrom())) {
      throw dateTaken(rules.effectiveFrom());
    }
    UUID id;
    try {
      id = store.add(rules, clock.instant(), currentUser());
    } catch (DuplicateKeyException sameDateAddedMeanwhile) {
      throw dateTaken(rules.effectiveFrom());
    }
    auditLog.record(
        AuditAction.CREATE, "benefit-rules", id, "in effect from " + rules.effectiveFrom());
    return id;
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
  public void correct(UUID id, Long version, BenefitRules rules) {
    var current = find(id);
    if (store.estimatesUsing().containsKey(id)) {
      throw new ChangeRefused("benefitRules.correct.used");
    }
    EditConflict.check(version, current.version());
    rules.check();
    var from = rules.effectiveFrom();
    if (!from.equals(current.effectiveFrom()) && store.dateTaken(from)) {
      throw dateTaken(from);
    }
    boolean saved;
    try {
      saved = store.correct(id, version, rules, clock.instant(), currentUser());
    } catch (DuplicateKeyException sameDateAddedMeanwhile) {
      throw dateTaken(from);
    }
    if (!saved) {
      var now = find(id);
      if (store.estimatesUsing().containsKey(id)) {
        throw new ChangeRefused("benefitRules.correct.used");
      }
      throw new EditConflict(version, now.version());
    }
    auditLog.record(
        AuditAction.UPDATE,
        "benefit-rules",
        id,
        "corrected; in effect from " + from + " (version " + (version + 1) + ")");
  }

  private static ChangeRefused dateTaken(LocalDate from) {
    return ChangeRefused.onField("from", "benefitRules.from.taken", Dates.date(from));
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}
