package org.stepwise.benefits.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postgresql.util.PGobject;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.benefits.BenefitRules;
import org.stepwise.benefits.BetterOff;
import org.stepwise.benefits.BetterOffEstimate;
import org.stepwise.benefits.BetterOffEstimateId;
import org.stepwise.benefits.BetterOffInputs;
import org.stepwise.benefits.RuleSetId;
import org.stepwise.caseload.CaseId;
import tools.jackson.databind.json.JsonMapper;

/**
 * A better-off estimate as it was made: the answers, the rule set it used, the totals and every
 * line of the working. Written once, never changed, so that it can always be shown as it was.
 */
@Table("better_off_estimate")
public class Estimate implements Persistable<UUID> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The working as stored: the lines for out of work and for in work. */
  record Working(List<String> outOfWork, List<String> inWork) {}

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID careCaseId;
  private final UUID personId;
  private final UUID rulesId;

  @Column("aged_25_or_over")
  private final boolean aged25OrOver;

  /** Whether an LCWRA element applied, as the column held before there were two rates. */
  private final Boolean lcwra;

  private final BetterOffInputs.Lcwra lcwraRate;
  private final boolean childOrLcw;
  private final BigDecimal housingCostsMonthly;
  private final BigDecimal otherIncomeWeekly;
  private final BigDecimal hoursWeekly;
  private final BigDecimal hourlyPay;
  private final BigDecimal workCostsWeekly;
  private final BigDecimal weeklyOutOfWork;
  private final BigDecimal weeklyInWork;
  private final BigDecimal weeklyDifference;
  private final PGobject working;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @Transient private boolean fresh;

  @PersistenceCreator
  Estimate(
      UUID id,
      UUID organisationId,
      UUID careCaseId,
      UUID personId,
      UUID rulesId,
      boolean aged25OrOver,
      Boolean lcwra,
      BetterOffInputs.Lcwra lcwraRate,
      boolean childOrLcw,
      BigDecimal housingCostsMonthly,
      BigDecimal otherIncomeWeekly,
      BigDecimal hoursWeekly,
      BigDecimal hourlyPay,
      BigDecimal workCostsWeekly,
      BigDecimal weeklyOutOfWork,
      BigDecimal weeklyInWork,
      BigDecimal weeklyDifference,
      PGobject working) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.personId = personId;
    this.rulesId = rulesId;
    this.aged25OrOver = aged25OrOver;
    this.lcwra = lcwra;
    this.lcwraRate = lcwraRate;
    this.childOrLcw = childOrLcw;
    this.housingCostsMonthly = housingCostsMonthly;
    this.otherIncomeWeekly = otherIncomeWeekly;
    this.hoursWeekly = hoursWeekly;
    this.hourlyPay = hourlyPay;
    this.workCostsWeekly = workCostsWeekly;
    this.weeklyOutOfWork = weeklyOutOfWork;
    this.weeklyInWork = weeklyInWork;
    this.weeklyDifference = weeklyDifference;
    this.working = working;
  }

  /** An estimate just worked out for the person on a case, with the rule set it used. */
  public static Estimate made(
      CaseId caseId, UUID personId, RuleSetId rules, BetterOffInputs inputs, BetterOff result) {
    var estimate =
        new Estimate(
            UUID.randomUUID(),
            null,
            caseId.id(),
            personId,
            rules.id(),
            inputs.aged25OrOver(),
            inputs.lcwra().applies(),
            inputs.lcwra(),
            inputs.childOrLimitedCapability(),
            inputs.housingCostsMonthly(),
            inputs.otherIncomeWeekly(),
            inputs.hoursWeekly(),
            inputs.hourlyPay(),
            inputs.workCostsWeekly(),
            result.weeklyOutOfWork(),
            result.weeklyInWork(),
            result.difference(),
            json(new Working(result.outOfWork(), result.inWork())));
    estimate.fresh = true;
    return estimate;
  }

  public BetterOffEstimateId id() {
    return BetterOffEstimateId.of(id);
  }

  public RuleSetId rulesId() {
    return RuleSetId.of(rulesId);
  }

  /** The estimate as the API gives it, with the rule set it used. */
  public BetterOffEstimate view(BenefitRules rules) {
    var inputs =
        new BetterOffInputs(
            aged25OrOver,
            lcwraRate,
            childOrLcw,
            housingCostsMonthly,
            otherIncomeWeekly,
            hoursWeekly,
            hourlyPay,
            workCostsWeekly);
    var lines = JSON.readValue(working.getValue(), Working.class);
    var result =
        new BetterOff(
            weeklyOutOfWork, weeklyInWork, weeklyDifference, lines.outOfWork(), lines.inWork());
    return new BetterOffEstimate(
        id(), CaseId.of(careCaseId), inputs, rules, result, createdAt, createdBy);
  }

  private static PGobject json(Working value) {
    var json = new PGobject();
    json.setType("jsonb");
    try {
      json.setValue(JSON.writeValueAsString(value));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return json;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }
}
