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
 * Lists of referrals: the waiting list, the review list and a referrer's own referrals. Each read
 * of a list is logged.
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

  /** Rows on one page of a list. */
  public static final int PAGE_SIZE = 50;

  /** One page of a list, with how many there are in all. */
  public record Page(List<ReferralSummary> rows, int page, int pages, long total) {

    static Page of(List<ReferralSummary> rows, int page, long total) {
      return new Page(rows, page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
    }
  }

  /** Everyone waiting (received, under review or accepted), longest wait first, one page. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional
  public Page waitingList(int page) {
    long total = referrals.countWaiting();
    int current = clamp(page, total);
    var waiting = views.summaries(referrals.findWaiting(PAGE_SIZE, (current - 1) * PAGE_SIZE));
    auditLog.record(
        AuditAction.READ, "waiting-list", null, "viewed " + waiting.size() + " people waiting");
    return Page.of(waiting, current, total);
  }

  /** A page number within 1 and the last page. */
  private static int clamp(int page, long total) {
    int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    return Math.min(Math.max(1, page), last);
  }

  /**
   * What needs a decision: one page of new referrals and referrals under review; deferred referrals
   * whose review date has come; and, for planning, deferred referrals not yet due (the first {@link
   * #PAGE_SIZE} of each).
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional
  public ReviewList reviewList(int page) {
    var today = views.today();
    long total = referrals.countToReview();
    int current = clamp(page, total);
    var toReview =
        Page.of(
            views.summaries(referrals.findToReview(PAGE_SIZE, (current - 1) * PAGE_SIZE)),
            current,
            total);
    var due = views.summaries(referrals.findDeferredDue(today, PAGE_SIZE));
    var later = views.summaries(referrals.findDeferredLater(today, PAGE_SIZE));
    auditLog.record(
        AuditAction.READ,
        "review-list",
        null,
        "viewed " + (toReview.rows().size() + due.size() + later.size()) + " referrals");
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
   * The outline of a referral, for other modules' background work (letters, reports), which runs
   * with nobody signed in; never shown on a page as it stands.
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
                    r.conditions(),
                    r.programmeId(),
                    r.channel()));
  }

  /** How many deferred referrals have reached their review date. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional(readOnly = true)
  public long dueForReview() {
    return referrals.countDueForReview(views.today());
  }

  /** The review list's three parts. */
  public record ReviewList(
      Page toReview, List<ReferralSummary> dueAgain, List<ReferralSummary> deferredLater) {}
}
