package org.stepwise.referral;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.People;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.internal.Referral;
import org.stepwise.referral.internal.ReferralRepository;
import org.stepwise.referral.internal.ReferralViews;
import org.stepwise.site.RecordNotFound;

/**
 * Reading one referral, and the decisions practitioners and managers make on it: review, accept
 * (overriding unmet rules with a reason), decline, defer, offer again, withdraw, and the person's
 * own choice. Each decision is checked by the referral itself, logged, and announced with an event.
 */
@Service
public class ReferralReview {

  private static final String REVIEWERS = "hasAnyRole('PRACTITIONER','MANAGER')";

  private final ReferralRepository referrals;
  private final People people;
  private final Programmes programmes;
  private final AuditLog auditLog;
  private final ReferralViews views;

  ReferralReview(
      ReferralRepository referrals,
      People people,
      Programmes programmes,
      AuditLog auditLog,
      ReferralViews views) {
    this.referrals = referrals;
    this.people = people;
    this.programmes = programmes;
    this.auditLog = auditLog;
    this.views = views;
  }

  /**
   * One referral with the person's record. A referrer may open only referrals they made.
   *
   * @return empty when there is no such referral
   * @throws AccessDeniedException when a referrer asks for someone else's referral
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public Optional<ReferralView> find(ReferralId id) {
    var found = referrals.findById(id.id());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var referral = found.get();
    if (!ReferralViews.seesAllReferrals()
        && !referral.wasReferredBy(ReferralViews.currentUsername())) {
      throw new AccessDeniedException("Not your referral");
    }
    auditLog.record(AuditAction.READ, ReferralIntake.RECORD_TYPE, id.id(), null);
    var person = people.find(referral.personId()).orElseThrow();
    return Optional.of(views.view(referral, person));
  }

  @PreAuthorize(REVIEWERS)
  @Transactional
  public void startReview(ReferralId id) {
    change(id, "review started", r -> r.startReview(ReferralViews.currentUsername(), views.now()));
  }

  /**
   * Accepts the referral, judging it against its service's rules as they are now.
   *
   * @param overrideReasons a reason for each unmet rule, by rule position
   * @throws IllegalReferralChange when an unmet rule has no reason, or the state forbids it
   */
  @PreAuthorize(REVIEWERS)
  @Transactional
  public void accept(ReferralId id, Map<Integer, String> overrideReasons) {
    change(
        id,
        "accepted",
        r -> {
          var person = people.find(r.personId()).orElseThrow();
          var results =
              r.programmeId() == null
                  ? java.util.List.<org.stepwise.programme.RuleResult>of()
                  : programmes.evaluate(
                      r.programmeId(), r.facts(person.dateOfBirth(), views.today()));
          r.accept(results, overrideReasons, ReferralViews.currentUsername(), views.now());
        });
  }

  @PreAuthorize(REVIEWERS)
  @Transactional
  public void decline(ReferralId id, String reason) {
    change(id, "declined", r -> r.decline(reason, ReferralViews.currentUsername(), views.now()));
  }

  @PreAuthorize(REVIEWERS)
  @Transactional
  public void defer(ReferralId id, LocalDate until, String reason) {
    change(
        id,
        "deferred",
        r -> r.defer(until, reason, ReferralViews.currentUsername(), views.now(), views.today()));
  }

  @PreAuthorize(REVIEWERS)
  @Transactional
  public void reoffer(ReferralId id) {
    change(id, "offered again", r -> r.reoffer(ReferralViews.currentUsername(), views.now()));
  }

  @PreAuthorize(REVIEWERS)
  @Transactional
  public void withdraw(ReferralId id, String reason) {
    change(id, "withdrawn", r -> r.withdraw(reason, ReferralViews.currentUsername(), views.now()));
  }

  /**
   * Records what the person said about taking part.
   *
   * @param contactAfter required when the person asks to be contacted later
   */
  @PreAuthorize(REVIEWERS)
  @Transactional
  public void recordChoice(ReferralId id, PersonChoice choice, LocalDate contactAfter) {
    change(
        id,
        "person's choice: " + (choice == null ? "" : choice.name()),
        r ->
            r.recordChoice(
                choice, contactAfter, ReferralViews.currentUsername(), views.now(), views.today()));
  }

  private void change(ReferralId id, String what, Consumer<Referral> decision) {
    var referral = referrals.findById(id.id()).orElseThrow(() -> new RecordNotFound("referral"));
    decision.accept(referral);
    referrals.save(referral);
    auditLog.record(AuditAction.UPDATE, ReferralIntake.RECORD_TYPE, id.id(), what);
  }
}
