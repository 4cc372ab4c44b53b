package org.stepwise.consent.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ConsentRepository extends ListCrudRepository<Consent, UUID> {

  @Query(
      "select * from consent where person_id = :personId order by given_on desc, created_at desc")
  List<Consent> findByPerson(UUID personId);
}
