package org.stepwise.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.programme.internal.Programme;
import org.stepwise.programme.internal.ProgrammeRepository;

/**
 * The services a provider runs. Anyone may read active services (the public self-referral page
 * lists them); only administrators change them, and every change is logged.
 */
@Service
public class Programmes {

  static final String RECORD_TYPE = "programme";

  private final ProgrammeRepository programmes;
  private final AuditLog auditLog;

  Programmes(ProgrammeRepository programmes, AuditLog auditLog) {
    this.programmes = programmes;
    this.auditLog = auditLog;
  }

  /** Every service, active or not, by name. */
  @Transactional(readOnly = true)
  public List<ProgrammeView> all() {
    return programmes.findAllByOrderByName().stream().map(Programme::view).toList();
  }

  /** Services taking referrals now, by name. */
  @Transactional(readOnly = true)
  public List<ProgrammeView> active() {
    return all().stream().filter(ProgrammeView::active).toList();
  }

  /** Services taking self-referrals from the public now, by name. */
  @Transactional(readOnly = true)
  public List<ProgrammeView> openToSelfReferral() {
    return active().stream().filter(ProgrammeView::acceptsSelfReferral).toList();
  }

  /**
   * One service. Services change rarely and are read on every referral, so a service read in the
   * last {@link #FRESH_FOR} is served from memory; a change made here is seen at once, one made on
   * another node within that time.
   */
  @Transactional(readOnly = true)
  public Optional<ProgrammeView> find(ProgrammeId id) {
    var cached = recent.get(id.id());
    if (cached != null && System.nanoTime() - cached.readAt() < FRESH_FOR.toNanos()) {
      return Optional.of(cached.view());
    }
    var found = programmes.findById(id.id()).map(Programme::view);
    found.ifPresent(view -> recent.put(id.id(), new Recent(view, System.nanoTime())));
    return found;
  }

  /** How long a service read from the database is served from memory. */
  static final java.time.Duration FRESH_FOR = java.time.Duration.ofSeconds(10);

  private record Recent(ProgrammeView view, long readAt) {}

  private final java.util.concurrent.ConcurrentHashMap<java.util.UUID, Recent> recent =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Forgets a changed service now and again once the change is committed. */
  private void forget(java.util.UUID id) {
    recent.remove(id);
    if (org.springframework.transaction.support.TransactionSynchronizationManager
        .isSynchronizationActive()) {
      org.springframework.transaction.support.TransactionSynchronizationManager
          .registerSynchronization(
              new org.springframework.transaction.support.TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                  recent.remove(id);
                }
              });
    }
  }

  /**
   * How a referral fares against each of the service's current rules. Rules inform the reviewer;
   * they never refuse a referral by themselves.
   */
  @Transactional(readOnly = true)
  public List<RuleResult> evaluate(ProgrammeId id, ReferralFacts facts) {
    var programme = find(id).orElseThrow(() -> new IllegalArgumentException("No such service"));
    var results = new ArrayList<RuleResult>();
    var rules = programme.rules();
    for (int i = 0; i < rules.size(); i++) {
      var rule = rules.get(i);
      results.add(new RuleResult(i, rule.summary(), rule.judge(facts), rule.explanation()));
    }
    return results;
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public ProgrammeId create(ProgrammeDetails details) {
    var id = programmes.save(Programme.create(details)).id();
    auditLog.record(AuditAction.CREATE, RECORD_TYPE, id, null);
    return new ProgrammeId(id);
  }

  /** The saved version of a service, read from the database (never from memory). */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public Optional<ProgrammeVersion> version(ProgrammeId id) {
    return programmes.findById(id.id()).map(Programme::saved);
  }

  /**
   * Saves the settings an administrator read at version {@code expectedVersion}.
   *
   * @throws org.stepwise.site.EditConflict when someone else saved the service since; nothing is
   *     saved
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void change(ProgrammeId id, Long expectedVersion, ProgrammeDetails details) {
    var programme = load(id);
    programme.edit(expectedVersion, details);
    programmes.save(programme);
    forget(id.id());
    auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "details");
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void addRule(ProgrammeId id, EligibilityRule rule) {
    var programme = load(id);
    programme.addRule(rule);
    programmes.save(programme);
    forget(id.id());
    auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "rule added: " + rule.summary());
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void removeRule(ProgrammeId id, int position) {
    var programme = load(id);
    programme.removeRule(position);
    programmes.save(programme);
    forget(id.id());
    auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "rule removed");
  }

  private Programme load(ProgrammeId id) {
    return programmes
        .findById(id.id())
        .orElseThrow(() -> new IllegalArgumentException("No such service"));
  }
}
