package org.stepwise.referral;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.People;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.internal.Referral;
import org.stepwise.referral.internal.ReferralAccess;
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
  private final ReferralAccess access;
  private final org.stepwise.consent.Consents consents;

  ReferralReview(
      ReferralRepository referrals,
      People people,
      Programmes programmes,
      AuditLog auditLog,
      ReferralViews views,
      ReferralAccess access,
      org.stepwise.consent.Consents consents) {
    this.referrals = referrals;
    this.people = people;
    this.programmes = programmes;
    this.auditLog = auditLog;
    this.views = views;
    this.access = access;
    this.consents = consents;
  }

  /**
   * One referral with the person's record. A referrer may open only referrals they made.
   *
   * <p>A referrer (or a member of staff who sees it only because they made it) sees reasons and
   * notes only where the person agreed to feedback to them ({@link ReferralView#forReferrer}).
   *
   * @return empty when there is no such referral
   * @throws org.stepwise.site.OutsideYourTeams when staff may open it only by breaking the glass
   * @throws RecordNotFound when a referrer asks for someone else's referral
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public Optional<ReferralView> find(ReferralId id) {
    var found = referrals.findById(id.id());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var referral = found.get();
    access.check(referral);
    auditLog.recordAbout(
        AuditAction.READ,
        ReferralIntake.RECORD_TYPE,
        id.id(),
        java.util.List.of(referral.personId().id()),
        null);
    var person = people.find(referral.personId()).orElseThrow();
    var view = views.view(referral, person);
    if (ReferralViews.seesAllReferrals() && access.maySeeAsStaff(referral)) {
      var duplicate =
          referral.possibleDuplicateOf() == null
              ? Optional.<Referral>empty()
              : referrals
                  .findById(referral.possibleDuplicateOf().id())
                  .filter(access::maySeeAsStaff);
      return Optional.of(
          duplicate
              .map(
                  d ->
                      view.withPossibleDuplicate(
                          new ReferralView.PossibleDuplicate(
                              d.referralId(), d.reference(), d.status())))
              .orElse(view));
    }
    boolean agreed =
        consents
            .check(
                referral.personId(),
                org.stepwise.consent.RecipientType.REFERRER,
                null,
                org.stepwise.consent.Purpose.CARE_COORDINATION)
            .allowed();
    return Optional.of(view.forReferrer(agreed, ReferralViews.currentUsername()));
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

  /**
   * The team has checked that a flagged referral is for the same person as the open referral it may
   * duplicate: what it says is added to that referral, and it is withdrawn. The user must be able
   * to work on both.
   *
   * @throws IllegalReferralChange when either is closed, or this one is not flagged
   */
  @PreAuthorize(REVIEWERS)
  @Transactional
  public ReferralId merge(ReferralId id) {
    var flagged = referrals.findById(id.id()).orElseThrow(() -> new RecordNotFound("referral"));
    access.checkAsStaff(flagged);
    if (flagged.possibleDuplicateOf() == null) {
      throw new IllegalReferralChange("referral.merge.notFlagged");
    }
    var existing =
        referrals
            .findById(flagged.possibleDuplicateOf().id())
            .orElseThrow(() -> new RecordNotFound("referral"));
    access.checkAsStaff(existing);
    flagged.mergeInto(existing, ReferralViews.currentUsername(), views.now());
    referrals.save(existing);
    referrals.save(flagged);
    auditLog.record(
        AuditAction.UPDATE,
        ReferralIntake.RECORD_TYPE,
        existing.referralId().id(),
        "merged from another referral");
    auditLog.record(AuditAction.UPDATE, ReferralIntake.RECORD_TYPE, id.id(), "merged");
    return existing.referralId();
  }

  private void change(ReferralId id, String what, Consumer<Referral> decision) {
    var referral = referrals.findById(id.id()).orElseThrow(() -> new RecordNotFound("referral"));
    access.checkAsStaff(referral);
    decision.accept(referral);
    referrals.save(referral);
    auditLog.record(AuditAction.UPDATE, ReferralIntake.RECORD_TYPE, id.id(), what);
  }
}
