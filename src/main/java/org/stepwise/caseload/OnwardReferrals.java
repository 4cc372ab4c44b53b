package org.stepwise.caseload;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordNotFound;
import org.stepwise.site.TimelineSource;

/**
 * Onward referrals a worker makes from a case (physiotherapy, psychology, a pain clinic, debt
 * advice...) and what came of them. Practitioners and managers; every read and change is logged.
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

  private final JdbcClient jdbc;
  private final Cases cases;
  private final AuditLog auditLog;
  private final Clock clock;

  OnwardReferrals(JdbcClient jdbc, Cases cases, AuditLog auditLog, Clock clock) {
    this.jdbc = jdbc;
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
    if (service == null || service.isBlank()) {
      throw ChangeRefused.onField("service", "onward.service.required");
    }
    var today = LocalDate.now(clock.withZone(Dates.LONDON));
    if (madeOn != null && madeOn.isAfter(today)) {
      throw ChangeRefused.onField("made", "onward.made.future");
    }
    var c = cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
    var id = UUID.randomUUID();
    var now = Timestamp.from(clock.instant());
    String by = currentUser();
    jdbc.sql(
            """
        insert into onward_referral (id, care_case_id, referral_id, service, reason, made_on, result,
          created_at, created_by, updated_at, updated_by, version)
        values (:id, :case, :referral, :service, :reason, :madeOn, 'WAITING', :now, :by, :now, :by, 0)""")
        .param("id", id)
        .param("case", caseId.id())
        .param("referral", c.referralId())
        .param("service", service.trim())
        .param("reason", reason == null || reason.isBlank() ? null : reason.trim())
        .param("madeOn", madeOn == null ? today : madeOn)
        .param("now", now)
        .param("by", by)
        .update();
    auditLog.record(AuditAction.CREATE, "onward-referral", caseId.id(), service.trim());
    return id;
  }

  /**
   * Records what came of it.
   *
   * @throws RecordNotFound when the case has no such onward referral
   */
  @Transactional
  public void recordResult(CaseId caseId, UUID id, Result result) {
    int changed =
        jdbc.sql(
                """
            update onward_referral set result = :result, updated_at = :now, updated_by = :by,
              version = version + 1
            where id = :id and care_case_id = :case""")
            .param("result", result.name())
            .param("now", Timestamp.from(clock.instant()))
            .param("by", currentUser())
            .param("id", id)
            .param("case", caseId.id())
            .update();
    if (changed == 0) {
      throw new RecordNotFound("onward referral");
    }
    auditLog.record(AuditAction.UPDATE, "onward-referral", caseId.id(), result.name());
  }

  /** The case's onward referrals, newest first. */
  @Transactional
  public List<OnwardReferral> forCase(CaseId caseId) {
    auditLog.record(AuditAction.READ, "onward-referral", caseId.id(), null);
    return jdbc.sql(
            "select * from onward_referral where care_case_id = :case order by made_on desc, created_at desc")
        .param("case", caseId.id())
        .query(OnwardReferrals::row)
        .list();
  }

  @Override
  @Transactional
  public List<Entry> entriesFor(UUID referralId) {
    auditLog.record(AuditAction.READ, "onward-referral", referralId, "timeline");
    return jdbc
        .sql("select * from onward_referral where referral_id = :r")
        .param("r", referralId)
        .query(OnwardReferrals::row)
        .list()
        .stream()
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

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  private static OnwardReferral row(java.sql.ResultSet r, int n) throws java.sql.SQLException {
    return new OnwardReferral(
        r.getObject("id", UUID.class),
        r.getString("service"),
        r.getString("reason"),
        r.getObject("made_on", LocalDate.class),
        Result.valueOf(r.getString("result")),
        r.getString("created_by"),
        r.getTimestamp("created_at").toInstant());
  }
}
