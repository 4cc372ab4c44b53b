package org.stepwise.benefits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.benefits.BenefitRules;
import org.stepwise.benefits.RuleSetId;

/**
 * Reading the {@code benefit_rules} table: the sets as {@link BenefitRules}, and which sets
 * estimates have used. Changes go through {@link RuleSet} and its {@link RuleSetRepository}.
 */
@Component
public class RuleSetStore {

  private final RuleSetRepository sets;
  private final JdbcClient jdbc;

  RuleSetStore(RuleSetRepository sets, JdbcClient jdbc) {
    this.sets = sets;
    this.jdbc = jdbc;
  }

  /** Every set, the latest effective date first. */
  public List<BenefitRules> all() {
    return sets.latestFirst().stream().map(RuleSet::view).toList();
  }

  /** The set in effect on a day: the one with the latest effective date on or before it. */
  public Optional<BenefitRules> inEffectOn(LocalDate day) {
    return sets.inEffectOn(day).map(RuleSet::view);
  }

  public Optional<BenefitRules> find(RuleSetId id) {
    return sets.findById(id.id()).map(RuleSet::view);
  }

  /** How many estimates used each set; sets no estimate used are left out. */
  public Map<RuleSetId, Long> estimatesUsing() {
    return jdbc
        .sql("select rules_id, count(*) from better_off_estimate group by rules_id")
        .query((row, n) -> Map.entry(RuleSetId.of(row.getObject(1, UUID.class)), row.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Whether an estimate has used the set. */
  public boolean used(RuleSetId id) {
    return jdbc.sql("select exists (select 1 from better_off_estimate where rules_id = :id)")
        .param("id", id.id())
        .query(Boolean.class)
        .single();
  }
}
