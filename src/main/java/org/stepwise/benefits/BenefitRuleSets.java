package org.stepwise.benefits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

/**
 * The benefit rules better-off estimates use, kept by administrators. A set is never changed: to
 * change the figures, add a set in effect from a new date. A set no estimate has used may be
 * removed. Every addition and removal is logged.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BenefitRuleSets {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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

  /** How many estimates used each set; a set no estimate used is not in the map. */
  @Transactional(readOnly = true)
  public Map<UUID, Long> estimatesUsing() {
    return store.estimatesUsing();
  }

  /**
   * Removes a set that no estimate has used, for example to correct a mistake. A set an estimate
   * used stays for ever, so that the estimate can be shown as it was made.
   *
   * @throws IllegalArgumentException when there is no such set, it is the only one, or an estimate
   *     has used it
   */
  @Transactional
  public BenefitRules remove(UUID id) {
    var rules =
        store.find(id).orElseThrow(() -> new IllegalArgumentException("No such set of figures"));
    if (store.all().size() == 1) {
      throw new IllegalArgumentException("These are the only figures, so they cannot be removed");
    }
    if (!store.removeUnused(id)) {
      throw new IllegalArgumentException(
          "An estimate has used the figures in effect from "
              + LONG_DATE.format(rules.effectiveFrom())
              + ", so they cannot be removed");
    }
    auditLog.record(
        AuditAction.DELETE, "benefit-rules", id, "in effect from " + rules.effectiveFrom());
    return rules;
  }

  /**
   * Adds a set of figures in effect from its date.
   *
   * @throws IllegalArgumentException when a figure or the source is missing or out of range (see
   *     {@link BenefitRules#check()}), or another set already starts on that date
   */
  @Transactional
  public UUID add(BenefitRules rules) {
    rules.check();
    if (store.dateTaken(rules.effectiveFrom())) {
      throw new IllegalArgumentException(
          "There is already a set of figures in effect from that" + " date. Choose another date");
    }
    UUID id;
    try {
      id =
          store.add(
              rules,
              clock.instant(),
              SecurityContextHolder.getContext().getAuthentication().getName());
    } catch (DuplicateKeyException sameDateAddedMeanwhile) {
      throw new IllegalArgumentException(
          "There is already a set of figures in effect from that" + " date. Choose another date");
    }
    auditLog.record(
        AuditAction.CREATE, "benefit-rules", id, "in effect from " + rules.effectiveFrom());
    return id;
  }
}
