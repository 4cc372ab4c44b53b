package org.stepwise.benefits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RuleSetRepository extends ListCrudRepository<RuleSet, UUID> {

  @Query("select * from benefit_rules order by effective_from desc")
  List<RuleSet> latestFirst();

  /** The set in effect on a day: the one with the latest effective date on or before it. */
  @Query(
      "select * from benefit_rules where effective_from <= :day order by effective_from desc limit 1")
  Optional<RuleSet> inEffectOn(LocalDate day);

  Optional<RuleSet> findByEffectiveFrom(LocalDate effectiveFrom);
}
