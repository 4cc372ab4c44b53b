package org.stepwise.caseload;

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
import org.stepwise.site.TimelineSource;

/**
 * Onward referrals a worker makes from a case (physiotherapy, psychology, a pain clinic, debt
 * advice...) and what came of them. Practitioners and managers; every read and change is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class OnwardReferrals implements TimelineSource {

  /** What came of an onward referral. */
  public enum Result {
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

  private final JdbcClient jdbc;
  private final Caseloads caseloads;
  private final AuditLog auditLog;

  OnwardReferrals(JdbcClient jdbc, Caseloads caseloads, AuditLog auditLog) {
    this.jdbc = jdbc;
    this.caseloads = caseloads;
    this.auditLog = auditLog;
  }

  /**
   * Records a referral made from the case.
   *
   * @throws IllegalArgumentException without the service it went to
   */
  @Transactional
  public UUID make(UUID caseId, String service, String reason, LocalDate madeOn) {
    if (service == null || service.isBlank()) {
      throw new IllegalArgumentException("Enter the service the person was referred to");
    }
    if (madeOn == null) {
      throw new IllegalArgumentException("Enter the date the referral was made");
    }
    var c = caseloads.find(caseId).orElseThrow(() -> new IllegalArgumentException("No such case"));
    var id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into onward_referral (id, care_case_id, referral_id, service, reason, made_on, result, created_at, created_by)
        values (:id, :case, :referral, :service, :reason, :madeOn, 'WAITING', now(), :by)""")
        .param("id", id)
        .param("case", caseId)
        .param("referral", c.referralId())
        .param("service", service.trim())
        .param("reason", reason == null || reason.isBlank() ? null : reason.trim())
        .param("madeOn", madeOn)
        .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
        .update();
    auditLog.record(AuditAction.CREATE, "onward-referral", caseId, service.trim());
    return id;
  }

  /** Records what came of it. */
  @Transactional
  public void recordResult(UUID caseId, UUID id, Result result) {
    int changed =
        jdbc.sql(
                "update onward_referral set result = :result where id = :id and care_case_id = :case")
            .param("result", result.name())
            .param("id", id)
            .param("case", caseId)
            .update();
    if (changed == 0) {
      throw new IllegalArgumentException("No such onward referral");
    }
    auditLog.record(AuditAction.UPDATE, "onward-referral", caseId, result.name());
  }

  /** The case's onward referrals, newest first. */
  @Transactional
  public List<OnwardReferral> forCase(UUID caseId) {
    auditLog.record(AuditAction.READ, "onward-referral", caseId, null);
    return jdbc.sql(
            "select * from onward_referral where care_case_id = :case order by made_on desc, created_at desc")
        .param("case", caseId)
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
