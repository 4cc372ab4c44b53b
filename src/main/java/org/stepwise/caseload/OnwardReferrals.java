package org.stepwise.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.internal.CaseRepository;
import org.stepwise.caseload.internal.OnwardReferralRepository;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;
import org.stepwise.site.TimelineSource;

/**
 * Onward referrals a worker makes from a case (physiotherapy, psychology, a pain clinic, debt
 * advice...) and what came of them. Practitioners and managers; every read and change is logged.
 * Refuses a referral without a service, made after today, or made twice with {@link ChangeRefused};
 * each change goes through the referral's record, which refuses a result recorded on a stale page
 * ({@link EditConflict}).
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class OnwardReferrals implements TimelineSource {

  /** What came of an onward referral. */
  public enum Result implements org.stepwise.site.Labelled {
    WAITING("Waiting to hear"),
    ACCEPTED("Accepted"),
    SEEN("Seen"),
    DECLINED("Declined by the service"),
    NOT_TAKEN_UP("Not taken up by the person");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One onward referral.
   *
   * @param version one more each time a result is recorded: what a page recording one carries
   * @param updatedBy who recorded the result last (or made it, when none has been)
   */
  public record OnwardReferral(
      OnwardReferralId id,
      String service,
      String reason,
      LocalDate madeOn,
      Result result,
      String madeBy,
      Instant createdAt,
      long version,
      String updatedBy,
      Instant updatedAt) {}

  /** The longest service name. */
  public static final int MAX_SERVICE = 200;

  /** The longest reason. */
  public static final int MAX_REASON = 1000;

  private final OnwardReferralRepository referrals;
  private final CaseRepository cases;
  private final AuditLog auditLog;
  private final org.stepwise.caseload.internal.CaseAccess access;
  private final Clock clock;

  OnwardReferrals(
      OnwardReferralRepository referrals,
      CaseRepository cases,
      AuditLog auditLog,
      Clock clock,
      org.stepwise.caseload.internal.CaseAccess access) {
    this.access = access;
    this.referrals = referrals;
    this.cases = cases;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Records a referral made from the case. The same referral again (the same service, in any case,
   * on the same day) is refused: the form sent twice records one referral.
   *
   * @param madeOn the day it was made, or null for today
   * @throws ChangeRefused without the service it went to, for a day after today, or (on {@code
   *     service}) when the case already has a referral to that service made that day
   * @throws RecordNotFound when there is no such case
   */
  @Transactional
  public OnwardReferralId make(CaseId caseId, String service, String reason, LocalDate madeOn) {
    var c = cases.findById(caseId.id()).orElseThrow(() -> new RecordNotFound("case"));
    access.check(c);
    var today = LocalDate.now(clock.withZone(Dates.LONDON));
    var referral =
        org.stepwise.caseload.internal.OnwardReferral.make(
            c.id(), c.referralId(), service, reason, madeOn, today);
    referrals.lockCase(c.id());
    var madeBefore =
        referrals.findByCase(caseId.id()).stream()
            .filter(o -> o.sameAs(referral.service(), referral.madeOn()))
            .findFirst();
    if (madeBefore.isPresent()) {
      throw ChangeRefused.onField(
          "service",
          "onward.service.duplicate",
          madeBefore.get().service(),
          Dates.date(referral.madeOn()));
    }
    var made = referrals.save(referral);
    auditLog.record(AuditAction.CREATE, "onward-referral", caseId.id(), made.service());
    return made.id();
  }

  /**
   * Records what came of it, if the referral is still at the version the page showed. The same
   * result again (a second click) changes nothing and is not an error.
   *
   * @param version the version of the referral the page showed ({@link OnwardReferral#version()})
   * @return whether anything changed
   * @throws RecordNotFound when the case has no such onward referral
   * @throws EditConflict when another result was recorded since that version; nothing is saved
   */
  @Transactional
  public boolean recordResult(CaseId caseId, OnwardReferralId id, Result result, Long version) {
    var referral = findOn(caseId, id);
    if (!referral.record(version, result)) {
      return false;
    }
    try {
      referrals.save(referral);
    } catch (OptimisticLockingFailureException recordedMeanwhile) {
      throw new EditConflict(referral.version(), findOn(caseId, id).version());
    }
    auditLog.record(AuditAction.UPDATE, "onward-referral", caseId.id(), result.name());
    return true;
  }

  /**
   * One of the case's onward referrals, as it is now.
   *
   * @throws RecordNotFound when the case has no such onward referral
   */
  @Transactional(readOnly = true)
  public OnwardReferral find(CaseId caseId, OnwardReferralId id) {
    return view(findOn(caseId, id));
  }

  private org.stepwise.caseload.internal.OnwardReferral findOn(CaseId caseId, OnwardReferralId id) {
    checkCase(caseId.id());
    return referrals
        .findById(id.id())
        .filter(o -> o.caseId().equals(caseId.id()))
        .orElseThrow(() -> new RecordNotFound("onward referral"));
  }

  /** The case's onward referrals, newest first. */
  @Transactional
  public List<OnwardReferral> forCase(CaseId caseId) {
    var c = checkCase(caseId.id());
    auditLog.recordAbout(
        AuditAction.READ, "onward-referral", caseId.id(), List.of(c.personId()), null);
    return referrals.findByCase(caseId.id()).stream().map(OnwardReferrals::view).toList();
  }

  private org.stepwise.caseload.internal.Case checkCase(UUID caseId) {
    var c = cases.findById(caseId).orElseThrow(() -> new RecordNotFound("case"));
    access.check(c);
    return c;
  }

  @Override
  @Transactional
  public List<Entry> entriesFor(UUID referralId) {
    var found = referrals.findByReferral(referralId);
    if (found.isEmpty()) {
      return List.of();
    }
    var c = checkCase(found.getFirst().caseId());
    auditLog.recordAbout(
        AuditAction.READ, "onward-referral", referralId, List.of(c.personId()), "timeline");
    return found.stream()
        .map(OnwardReferrals::view)
        .map(
            o ->
                new Entry(
                    o.createdAt(),
                    "Onward referral",
                    o.service()
                        + (o.reason() == null ? "" : " (" + o.reason() + ")")
                        + ": "
                        + o.result().label().toLowerCase(java.util.Locale.UK),
                    o.madeBy()))
        .toList();
  }

  private static OnwardReferral view(org.stepwise.caseload.internal.OnwardReferral o) {
    return new OnwardReferral(
        o.id(),
        o.service(),
        o.reason(),
        o.madeOn(),
        o.result(),
        o.createdBy(),
        o.createdAt(),
        o.version(),
        o.updatedBy(),
        o.updatedAt());
  }
}
