package org.stepwise.referral;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.referral.internal.ReferralRepository;
import org.stepwise.referral.internal.ReferralViews;

/**
 * Lists of referrals: the waiting list, the review list and a referrer's own referrals. Each
 * read of a list is logged.
 */
@Service
public class Referrals {

  private final ReferralRepository referrals;
  private final AuditLog auditLog;
  private final ReferralViews views;

  Referrals(ReferralRepository referrals, AuditLog auditLog, ReferralViews views) {
    this.referrals = referrals;
    this.auditLog = auditLog;
    this.views = views;
  }

  /** Everyone waiting (received, under review or accepted), longest wait first. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional
  public List<ReferralSummary> waitingList() {
    var waiting = views.summaries(referrals.findWaiting());
    auditLog.record(AuditAction.READ, "waiting-list", null, "viewed " + waiting.size() + " people waiting");
    return waiting;
  }

  /**
   * What needs a decision: new referrals, referrals under review, and deferred referrals whose
   * review date has come; and, for planning, deferred referrals not yet due.
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional
  public ReviewList reviewList() {
    var today = views.today();
    var toReview = views.summaries(referrals.findToReview());
    var deferred = views.summaries(referrals.findDeferred());
    var due = deferred.stream().filter(s -> !s.reviewDate().isAfter(today)).toList();
    var later = deferred.stream().filter(s -> s.reviewDate().isAfter(today)).toList();
    auditLog.record(
        AuditAction.READ, "review-list", null,
        "viewed " + (toReview.size() + deferred.size()) + " referrals");
    return new ReviewList(toReview, due, later);
  }

  /** The referrals the signed-in user made, most recently changed first. */
  @PreAuthorize("hasAnyRole('REFERRER','PRACTITIONER','MANAGER')")
  @Transactional
  public List<ReferralSummary> mine() {
    var mine = views.summaries(referrals.findReferredBy(ReferralViews.currentUsername()));
    auditLog.record(AuditAction.READ, "my-referrals", null, "viewed " + mine.size() + " referrals");
    return mine;
  }

  /**
   * The outline of a referral, for other modules' background work (letters, reports),
   * which runs with nobody signed in; never shown on a page as it stands.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<ReferralOutline> outline(ReferralId id) {
    return referrals
        .findById(id.id())
        .map(
            r ->
                new ReferralOutline(
                    r.referralId(),
                    r.personId(),
                    r.reference(),
                    r.programmeId() == null || views.programme(r.programmeId()) == null
                        ? "our service"
                        : views.programme(r.programmeId()).name(),
                    r.referredBy(),
                    r.receivedAt(),
                    r.consentToContact(),
                    r.status(),
                    r.declineReason(),
                    r.reviewDate(),
                    r.conditions()));
  }

  /** How many deferred referrals have reached their review date. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional(readOnly = true)
  public long dueForReview() {
    return referrals.countDueForReview(views.today());
  }

  /** The review list's three parts. */
  public record ReviewList(
      List<ReferralSummary> toReview, List<ReferralSummary> dueAgain, List<ReferralSummary> deferredLater) {}
}
