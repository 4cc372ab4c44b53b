package org.stepwise.benefits.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.benefits.BenefitRules;
import org.stepwise.benefits.RuleSetId;
import org.stepwise.site.EditConflict;

/**
 * One set of benefit rules, in effect from its date. Added checked; corrected only at the version
 * it was read at (and, the service makes sure, only while no estimate has used it).
 */
@Table("benefit_rules")
public class RuleSet {

  @Id private final UUID id;
  private LocalDate effectiveFrom;

  @Column("uc_standard_single_under_25")
  private BigDecimal ucStandardUnder25;

  @Column("uc_standard_single_25_plus")
  private BigDecimal ucStandard25Plus;

  @Column("uc_lcwra_element")
  private BigDecimal ucLcwraElement;

  @Column("uc_lcwra_protected")
  private BigDecimal ucLcwraProtected;

  @Column("uc_work_allowance_with_housing")
  private BigDecimal workAllowanceWithHousing;

  @Column("uc_work_allowance_without_housing")
  private BigDecimal workAllowanceWithoutHousing;

  @Column("uc_taper_percent")
  private BigDecimal taperPercent;

  @Column("personal_allowance_yearly")
  private BigDecimal personalAllowanceYearly;

  @Column("basic_rate_percent")
  private BigDecimal basicRatePercent;

  @Column("ni_primary_threshold_yearly")
  private BigDecimal niThresholdYearly;

  @Column("ni_main_rate_percent")
  private BigDecimal niRatePercent;

  private String source;
  private String note;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  RuleSet(UUID id, Long version) {
    this.id = id;
    this.version = version;
  }

  /**
   * A set of figures about to be added.
   *
   * @throws IllegalArgumentException as {@link BenefitRules#check()}
   */
  public static RuleSet add(BenefitRules rules) {
    rules.check();
    var set = new RuleSet(UUID.randomUUID(), null);
    set.take(rules);
    return set;
  }

  /**
   * Replaces the figures, if the set is still at the version they were read at.
   *
   * @throws EditConflict when someone else saved the set since {@code expectedVersion}
   * @throws IllegalArgumentException as {@link BenefitRules#check()}
   */
  public void correct(Long expectedVersion, BenefitRules rules) {
    EditConflict.check(expectedVersion, version());
    rules.check();
    take(rules);
  }

  /**
   * Whether these are the same figures, from the same date, source and note: the same set sent
   * again.
   */
  public boolean sameAs(BenefitRules rules) {
    var mine = view();
    for (var figure : BenefitRules.Figure.values()) {
      var theirs = figure.in(rules);
      if (theirs == null || figure.in(mine).compareTo(theirs) != 0) {
        return false;
      }
    }
    return effectiveFrom.equals(rules.effectiveFrom())
        && source.equals(strip(rules.source()))
        && Objects.equals(note, strip(rules.note()));
  }

  private void take(BenefitRules rules) {
    effectiveFrom = rules.effectiveFrom();
    ucStandardUnder25 = rules.ucStandardUnder25();
    ucStandard25Plus = rules.ucStandard25Plus();
    ucLcwraElement = rules.ucLcwraElement();
    ucLcwraProtected = rules.ucLcwraProtected();
    workAllowanceWithHousing = rules.workAllowanceWithHousing();
    workAllowanceWithoutHousing = rules.workAllowanceWithoutHousing();
    taperPercent = rules.taperPercent();
    personalAllowanceYearly = rules.personalAllowanceYearly();
    basicRatePercent = rules.basicRatePercent();
    niThresholdYearly = rules.niThresholdYearly();
    niRatePercent = rules.niRatePercent();
    source = strip(rules.source());
    note = strip(rules.note());
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public RuleSetId id() {
    return RuleSetId.of(id);
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** One more each time the set is corrected. */
  public long version() {
    return version == null ? 0 : version;
  }

  /** The set as the API gives it. */
  public BenefitRules view() {
    return new BenefitRules(
        id(),
        effectiveFrom,
        ucStandardUnder25,
        ucStandard25Plus,
        ucLcwraElement,
        ucLcwraProtected,
        workAllowanceWithHousing,
        workAllowanceWithoutHousing,
        taperPercent,
        personalAllowanceYearly,
        basicRatePercent,
        niThresholdYearly,
        niRatePercent,
        source,
        note,
        createdAt,
        createdBy,
        updatedAt,
        updatedBy,
        version);
  }
}
