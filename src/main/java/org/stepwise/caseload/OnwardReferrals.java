package org.stepwise.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.internal.CaseRepository;
import org.stepwise.caseload.internal.OnwardReferralRepository;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;
import org.stepwise.site.TimelineSource;

/**
 * Onward referrals a worker makes from a case (physiotherapy, psychology, a pain clinic, debt
 * advice...) and what came of them. Practitioners and managers; every read and change is logged.
 * Refuses a referral without a service or made after today with {@link
 * org.stepwise.site.ChangeRefused}.
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

  /** One onward referral. */
  public record OnwardReferral(
      UUID id,
      String service,
      String reason,
      LocalDate madeOn,
      Result result,
      String madeBy,
      Instant createdAt) {}

  /** The longest service name. */
  public static final int MAX_SERVICE = 200;

  /** The longest reason. */
  public static final int MAX_REASON = 1000;

  private final OnwardReferralRepository referrals;
  private final CaseRepository cases;
  private final AuditLog auditLog;
  private final Clock clock;

  OnwardReferrals(
      OnwardReferralRepository referrals, CaseRepository cases, AuditLog auditLog, Clock clock) {
    this.referrals = referrals;
    this.cases = cases;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Records a referral made from the case.
   *
   * @param madeOn the day it was made, or null for today
   * @throws ChangeRefused without the service it went to, or for a day after today
   * @throws RecordNotFound when there is no such case
   */
  @Transactional
  public UUID make(CaseId caseId, String service, String reason, LocalDate madeOn) {
    var c = cases.findById(caseId.id()).orElseThrow(() -> new RecordNotFound("case"));
    var made =
        referrals.save(
            org.stepwise.caseload.internal.OnwardReferral.make(
                c.id(),
                c.referralId(),
                service,
                reason,
                madeOn,
                LocalDate.now(clock.withZone(Dates.LONDON))));
    auditLog.record(AuditAction.CREATE, "onward-referral", caseId.id(), made.service());
    return made.id();
  }

  /**
   * Records what came of it.
   *
   * @throws RecordNotFound when the case has no such onward referral
   */
  @Transactional
  public void recordResult(CaseId caseId, UUID id, Result result) {
    var referral =
        referrals
            .findById(id)
            .filter(o -> o.caseId().equals(caseId.id()))
            .orElseThrow(() -> new RecordNotFound("onward referral"));
    referral.record(result);
    referrals.save(referral);
    auditLog.record(AuditAction.UPDATE, "onward-referral", caseId.id(), result.name());
  }

  /** The case's onward referrals, newest first. */
  @Transactional
  public List<OnwardReferral> forCase(CaseId caseId) {
    auditLog.record(AuditAction.READ, "onward-referral", caseId.id(), null);
    return referrals.findByCase(caseId.id()).stream().map(OnwardReferrals::view).toList();
  }

  @Override
  @Transactional
  public List<Entry> entriesFor(UUID referralId) {
    auditLog.record(AuditAction.READ, "onward-referral", referralId, "timeline");
    return referrals.findByReferral(referralId).stream()
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
        o.id(), o.service(), o.reason(), o.madeOn(), o.result(), o.createdBy(), o.createdAt());
  }
}
