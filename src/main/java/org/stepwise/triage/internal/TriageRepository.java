package org.stepwise.triage.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TriageRepository extends ListCrudRepository<TriageRecord, UUID> {

  Optional<TriageRecord> findByReferralId(UUID referralId);

  @Query(
      "select * from triage where status = 'TO_TRIAGE'"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))"
          + " order by waiting_since limit 1000")
  List<TriageRecord> findToTriage(java.util.Collection<java.util.UUID> services, boolean unnamed);
}
