package org.stepwise.benefits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.benefits.internal.RuleSetStore;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;
import tools.jackson.databind.json.JsonMapper;

/**
 * Better-off estimates made from a case, each kept with its answers, the rule set in effect that
 * day and its working. Practitioners and managers; every read and change is logged against the
 * person.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class BetterOffEstimates {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String RECORD_TYPE = "better-off-estimate";

  private final JdbcClient jdbc;
  private final RuleSetStore rules;
  private final Cases cases;
  private final AuditLog auditLog;
  private final Clock clock;

  BetterOffEstimates(
      JdbcClient jdbc, RuleSetStore rules, Cases cases, AuditLog auditLog, Clock clock) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.cases = cases;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** The working as stored: the lines for out of work and for in work. */
  record Working(List<String> outOfWork, List<String> inWork) {}

  /**
   * Works out and keeps an estimate for the person on an open case, using the rule set in effect
   * today (in London).
   *
   * @return the new estimate's id
   * @throws RecordNotFound when there is no such case
   * @throws ChangeRefused when the case is closed or no rule set is in effect today
   * @throws IllegalArgumentException when an answer is out of range (see {@link
   *     BetterOffInputs#check()})
   */
  @Transactional
  public BetterOffEstimateId estimate(CaseId caseId, BetterOffInputs inputs) {
    var c = openCase(caseId);
    var today = clock.instant().atZone(LONDON).toLocalDate();
    var ruleSet = rules.inEffectOn(today).orElseThrow(() -> new ChangeRefused("betterOff.noRules"));
    var result = BetterOffCalculation.calculate(ruleSet, inputs);
    var id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into better_off_estimate (id, care_case_id, person_id, rules_id, aged_25_or_over,
          lcwra, lcwra_rate, child_or_lcw, housing_costs_monthly, other_income_weekly, hours_weekly,
          hourly_pay, work_costs_weekly, weekly_out_of_work, weekly_in_work, weekly_difference,
          working, created_at, created_by)
        values (:id, :case, :person, :rules, :over25, :lcwra, :lcwraRate, :childOrLcw, :housing, :other,
          :hours, :pay, :costs, :out, :in, :difference, cast(:working as jsonb), :at, :by)""")
        .param("id", id)
        .param("case", caseId.id())
        .param("person", c.personId().id())
        .param("rules", ruleSet.id())
        .param("over25", inputs.aged25OrOver())
        .param("lcwra", inputs.lcwra().applies())
        .param("lcwraRate", inputs.lcwra().name())
        .param("childOrLcw", inputs.childOrLimitedCapability())
        .param("housing", inputs.housingCostsMonthly())
        .param("other", inputs.otherIncomeWeekly())
        .param("hours", inputs.hoursWeekly())
        .param("pay", inputs.hourlyPay())
        .param("costs", inputs.workCostsWeekly())
        .param("out", result.weeklyOutOfWork())
        .param("in", result.weeklyInWork())
        .param("difference", result.difference())
        .param("working", JSON.writeValueAsString(new Working(result.outOfWork(), result.inWork())))
        .param("at", Timestamp.from(clock.instant()))
        .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
        .update();
    auditLog.record(AuditAction.CREATE, RECORD_TYPE, c.personId().id(), "from case " + caseId);
    return new BetterOffEstimateId(id);
  }

  /**
   * The estimates made on a case, newest first.
   *
   * @throws RecordNotFound when there is no such case
   */
  @Transactional
  public List<BetterOffEstimate> forCase(CaseId caseId) {
    var c = knownCase(caseId);
    auditLog.record(AuditAction.READ, RECORD_TYPE, c.personId().id(), "from case " + caseId);
    return jdbc.sql(
            "select * from better_off_estimate where care_case_id = :c"
                + " order by created_at desc, id")
        .param("c", caseId.id())
        .query(this::estimate)
        .list();
  }

  /**
   * One estimate on a case, if it was made on that case.
   *
   * @throws RecordNotFound when there is no such case
   */
  @Transactional
  public Optional<BetterOffEstimate> find(CaseId caseId, BetterOffEstimateId estimateId) {
    var c = knownCase(caseId);
    var found =
        jdbc.sql("select * from better_off_estimate where id = :id and care_case_id = :c")
            .param("id", estimateId.id())
            .param("c", caseId.id())
            .query(this::estimate)
            .optional();
    found.ifPresent(
        e ->
            auditLog.record(
                AuditAction.READ,
                RECORD_TYPE,
                c.personId().id(),
                "estimate " + estimateId + " from case " + caseId));
    return found;
  }

  private CaseView knownCase(CaseId caseId) {
    return cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
  }

  private CaseView openCase(CaseId caseId) {
    var c = knownCase(caseId);
    if (c.closed()) {
      throw new ChangeRefused("betterOff.closed");
    }
    return c;
  }

  private BetterOffEstimate estimate(ResultSet row, int n) throws SQLException {
    var inputs =
        new BetterOffInputs(
            row.getBoolean("aged_25_or_over"),
            BetterOffInputs.Lcwra.valueOf(row.getString("lcwra_rate")),
            row.getBoolean("child_or_lcw"),
            row.getBigDecimal("housing_costs_monthly"),
            row.getBigDecimal("other_income_weekly"),
            row.getBigDecimal("hours_weekly"),
            row.getBigDecimal("hourly_pay"),
            row.getBigDecimal("work_costs_weekly"));
    var working = JSON.readValue(row.getString("working"), Working.class);
    var result =
        new BetterOff(
            row.getBigDecimal("weekly_out_of_work"),
            row.getBigDecimal("weekly_in_work"),
            row.getBigDecimal("weekly_difference"),
            working.outOfWork(),
            working.inWork());
    var ruleSet = rules.find(row.getObject("rules_id", UUID.class)).orElseThrow();
    return new BetterOffEstimate(
        new BetterOffEstimateId(row.getObject("id", UUID.class)),
        new CaseId(row.getObject("care_case_id", UUID.class)),
        inputs,
        ruleSet,
        result,
        row.getTimestamp("created_at").toInstant(),
        row.getString("created_by"));
  }
}
