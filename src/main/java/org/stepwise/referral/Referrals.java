package org.stepwise.referral;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.referral.internal.Referral;
import org.stepwise.referral.internal.ReferralAccess;
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
  private final ReferralAccess access;

  Referrals(
      ReferralRepository referrals, AuditLog auditLog, ReferralViews views, ReferralAccess access) {
    this.referrals = referrals;
    this.auditLog = auditLog;
    this.views = views;
    this.access = access;
  }

  /** Rows on one page of a list. */
  public static final int PAGE_SIZE = 50;

  /** One page of a list, with how many there are in all. */
  public record Page(List<ReferralSummary> rows, int page, int pages, long total) {

    static Page of(List<ReferralSummary> rows, int page, long total) {
      return new Page(rows, page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
    }
  }

  /**
   * Everyone waiting (received, under review or accepted) for the services the user's teams run,
   * longest wait first, one page. The read is logged with the people shown.
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional
  public Page waitingList(int page) {
    var services = access.listedServices();
    boolean unnamed = access.listsUnnamed();
    long total = referrals.countWaiting(services, unnamed);
    int current = clamp(page, total);
    var found = referrals.findWaiting(services, unnamed, PAGE_SIZE, (current - 1) * PAGE_SIZE);
    var waiting = views.summaries(found);
    auditLog.recordAbout(
        AuditAction.READ,
        "waiting-list",
        null,
        people(found),
        "viewed " + waiting.size() + " people waiting");
    return Page.of(waiting, current, total);
  }

  private static List<java.util.UUID> people(List<Referral> shown) {
    return shown.stream().map(r -> r.personId().id()).toList();
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
    var services = access.listedServices();
    boolean unnamed = access.listsUnnamed();
    long total = referrals.countToReview(services, unnamed);
    int current = clamp(page, total);
    var found = referrals.findToReview(services, unnamed, PAGE_SIZE, (current - 1) * PAGE_SIZE);
    var foundDue = referrals.findDeferredDue(services, unnamed, today, PAGE_SIZE);
    var foundLater = referrals.findDeferredLater(services, unnamed, today, PAGE_SIZE);
    var toReview = Page.of(views.summaries(found), current, total);
    var due = views.summaries(foundDue);
    var later = views.summaries(foundLater);
    var shown = new java.util.ArrayList<java.util.UUID>(people(found));
    shown.addAll(people(foundDue));
    shown.addAll(people(foundLater));
    auditLog.recordAbout(
        AuditAction.READ,
        "review-list",
        null,
        shown,
        "viewed " + (toReview.rows().size() + due.size() + later.size()) + " referrals");
    return new ReviewList(toReview, due, later);
  }

  /** The referrals the signed-in user made, most recently changed first. */
  @PreAuthorize("hasAnyRole('REFERRER','PRACTITIONER','MANAGER')")
  @Transactional
  public List<ReferralSummary> mine() {
    var found = referrals.findReferredBy(ReferralViews.currentUsername());
    var mine = views.summaries(found);
    auditLog.recordAbout(
        AuditAction.READ,
        "my-referrals",
        null,
        people(found),
        "viewed " + mine.size() + " referrals");
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

  /**
   * The access policy for other modules' pages about a referral (its letters, its triage): the
   * signed-in user must see it as the service's staff.
   *
   * @throws org.stepwise.site.RecordNotFound when there is no such referral, or the user may not
   *     know of it
   * @throws org.stepwise.site.OutsideYourTeams when a practitioner or manager may open it only by
   *     breaking the glass
   */
  @Transactional(readOnly = true)
  public void checkAccess(ReferralId id) {
    var referral =
        referrals
            .findById(id.id())
            .orElseThrow(() -> new org.stepwise.site.RecordNotFound("referral"));
    access.checkAsStaff(referral);
  }

  /** Whether the signed-in user may work on this referral as the service's staff. */
  @Transactional(readOnly = true)
  public boolean mayWorkOn(ReferralId id) {
    return referrals.findById(id.id()).map(access::maySeeAsStaff).orElse(false);
  }

  /** How many deferred referrals have reached their review date. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional(readOnly = true)
  public long dueForReview() {
    return referrals.countDueForReview(
        access.listedServices(), access.listsUnnamed(), views.today());
  }

  /** The review list's three parts. */
  public record ReviewList(
      Page toReview, List<ReferralSummary> dueAgain, List<ReferralSummary> deferredLater) {}
}
