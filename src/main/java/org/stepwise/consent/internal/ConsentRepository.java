package org.stepwise.consent.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ConsentRepository extends ListCrudRepository<Consent, UUID> {

  @Query(
      "select * from consent where person_id = :personId order by given_on desc, created_at desc")
  List<Consent> findByPerson(UUID personId);

  /**
   * Waits until no other transaction is recording consent for this person, and keeps others waiting
   * until this transaction ends: two presses of the button then record it once.
   */
  @Query(
      "select 1 from pg_advisory_xact_lock(hashtextextended('consent ' || cast(:personId as text), 0))")
  int lockPerson(UUID personId);
}
