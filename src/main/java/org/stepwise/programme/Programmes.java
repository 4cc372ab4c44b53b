package org.stepwise.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.programme.internal.Programme;
import org.stepwise.programme.internal.ProgrammeRepository;

/**
 * The services a provider runs. Anyone may read active services (the public self-referral page
 * lists them); only administrators change them.
 */
@Service
public class Programmes {

  private final ProgrammeRepository programmes;

  Programmes(ProgrammeRepository programmes) {
    this.programmes = programmes;
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

  @Transactional(readOnly = true)
  public Optional<ProgrammeView> find(ProgrammeId id) {
    return programmes.findById(id.id()).map(Programme::view);
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
    return new ProgrammeId(programmes.save(Programme.create(details)).id());
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void change(ProgrammeId id, ProgrammeDetails details) {
    var programme = load(id);
    programme.change(details);
    programmes.save(programme);
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void addRule(ProgrammeId id, EligibilityRule rule) {
    var programme = load(id);
    programme.addRule(rule);
    programmes.save(programme);
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void removeRule(ProgrammeId id, int position) {
    var programme = load(id);
    programme.removeRule(position);
    programmes.save(programme);
  }

  private Programme load(ProgrammeId id) {
    return programmes
        .findById(id.id())
        .orElseThrow(() -> new IllegalArgumentException("No such service"));
  }
}
