package org.stepwise.benefits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.benefits.BenefitRules;

/**
 * The {@code benefit_rules} table. Rows are added, and corrected only while no estimate has used
 * them.
 */
@Component
public class RuleSetStore {

  private final JdbcClient jdbc;

  RuleSetStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every set, the latest effective date first. */
  public List<BenefitRules> all() {
    return jdbc.sql("select * from benefit_rules order by effective_from desc")
        .query(RuleSetStore::rules)
        .list();
  }

  /** The set in effect on a day: the one with the latest effective date on or before it. */
  public Optional<BenefitRules> inEffectOn(LocalDate day) {
    return jdbc.sql(
            "select * from benefit_rules where effective_from <= :day"
                + " order by effective_from desc limit 1")
        .param("day", day)
        .query(RuleSetStore::rules)
        .optional();
  }

  public Optional<BenefitRules> find(UUID id) {
    return jdbc.sql("select * from benefit_rules where id = :id")
        .param("id", id)
        .query(RuleSetStore::rules)
        .optional();
  }

  public boolean dateTaken(LocalDate effectiveFrom) {
    return jdbc.sql("select count(*) from benefit_rules where effective_from = :d")
            .param("d", effectiveFrom)
            .query(Long.class)
            .single()
        > 0;
  }

  /** How many estimates used each set; sets no estimate used are left out. */
  public Map<UUID, Long> estimatesUsing() {
    return jdbc
        .sql("select rules_id, count(*) from better_off_estimate group by rules_id")
        .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Removes a set no estimate has used; false when there is no such unused set. */
  public boolean removeUnused(UUID id) {
    return jdbc.sql(
                "delete from benefit_rules where id = :id and not exists"
                    + " (select 1 from better_off_estimate where rules_id = :id)")
            .param("id", id)
            .update()
        == 1;
  }

  /** Adds a checked set; returns its id. */
  public UUID add(BenefitRules rules, Instant at, String by) {
    var id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into benefit_rules (id, effective_from, uc_standard_single_under_25,
          uc_standard_single_25_plus, uc_lcwra_element, uc_lcwra_protected,
          uc_work_allowance_with_housing, uc_work_allowance_without_housing, uc_taper_percent,
          personal_allowance_yearly, basic_rate_percent, ni_primary_threshold_yearly,
          ni_main_rate_percent, source, note, created_at, created_by, updated_at, updated_by,
          version)
        values (:id, :from, :under25, :over25, :lcwra, :lcwraProtected, :withHousing,
          :withoutHousing, :taper, :allowance, :basicRate, :niThreshold, :niRate, :source, :note,
          :at, :by, :at, :by, 0)""")
        .param("id", id)
        .params(figures(rules))
        .param("at", Timestamp.from(at))
        .param("by", by)
        .update();
    return id;
  }

  /**
   * Replaces the figures of a set no estimate has used, if it is still at {@code version}; false
   * when it has changed, been used or gone meanwhile.
   */
  public boolean correct(UUID id, long version, BenefitRules rules, Instant at, String by) {
    return jdbc.sql(
                """
        update benefit_rules set effective_from = :from, uc_standard_single_under_25 = :under25,
          uc_standard_single_25_plus = :over25, uc_lcwra_element = :lcwra,
          uc_lcwra_protected = :lcwraProtected, uc_work_allowance_with_housing = :withHousing,
          uc_work_allowance_without_housing = :withoutHousing, uc_taper_percent = :taper,
          personal_allowance_yearly = :allowance, basic_rate_percent = :basicRate,
          ni_primary_threshold_yearly = :niThreshold, ni_main_rate_percent = :niRate,
          source = :source, note = :note, updated_at = :at, updated_by = :by,
          version = version + 1
        where id = :id and version = :version
          and not exists (select 1 from better_off_estimate where rules_id = :id)""")
            .param("id", id)
            .param("version", version)
            .params(figures(rules))
            .param("at", Timestamp.from(at))
            .param("by", by)
            .update()
        == 1;
  }

  private static Map<String, Object> figures(BenefitRules rules) {
    var values = new java.util.HashMap<String, Object>();
    values.put("from", rules.effectiveFrom());
    values.put("under25", rules.ucStandardUnder25());
    values.put("over25", rules.ucStandard25Plus());
    values.put("lcwra", rules.ucLcwraElement());
    values.put("lcwraProtected", rules.ucLcwraProtected());
    values.put("withHousing", rules.workAllowanceWithHousing());
    values.put("withoutHousing", rules.workAllowanceWithoutHousing());
    values.put("taper", rules.taperPercent());
    values.put("allowance", rules.personalAllowanceYearly());
    values.put("basicRate", rules.basicRatePercent());
    values.put("niThreshold", rules.niThresholdYearly());
    values.put("niRate", rules.niRatePercent());
    values.put("source", rules.source().strip());
    values.put("note", rules.note() == null ? null : rules.note().strip());
    return values;
  }

  private static BenefitRules rules(ResultSet row, int n) throws SQLException {
    return new BenefitRules(
        row.getObject("id", UUID.class),
        row.getObject("effective_from", LocalDate.class),
        row.getBigDecimal("uc_standard_single_under_25"),
        row.getBigDecimal("uc_standard_single_25_plus"),
        row.getBigDecimal("uc_lcwra_element"),
        row.getBigDecimal("uc_lcwra_protected"),
        row.getBigDecimal("uc_work_allowance_with_housing"),
        row.getBigDecimal("uc_work_allowance_without_housing"),
        row.getBigDecimal("uc_taper_percent"),
        row.getBigDecimal("personal_allowance_yearly"),
        row.getBigDecimal("basic_rate_percent"),
        row.getBigDecimal("ni_primary_threshold_yearly"),
        row.getBigDecimal("ni_main_rate_percent"),
        row.getString("source"),
        row.getString("note"),
        row.getTimestamp("created_at").toInstant(),
        row.getString("created_by"),
        row.getTimestamp("updated_at").toInstant(),
        row.getString("updated_by"),
        row.getLong("version"));
  }
}
