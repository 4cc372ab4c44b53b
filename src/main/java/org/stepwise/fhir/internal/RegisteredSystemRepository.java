package org.stepwise.fhir.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RegisteredSystemRepository extends ListCrudRepository<RegisteredSystem, UUID> {

  Optional<RegisteredSystem> findByClientId(String clientId);

  boolean existsByClientId(String clientId);

  /** Whether a system of that name is registered, in any case and whether active or not. */
  @Query("select exists (select 1 from api_client where lower(name) = lower(:name))")
  boolean nameTaken(String name);

  @Query("select * from api_client order by created_at desc, client_id")
  List<RegisteredSystem> newestFirst();
}
