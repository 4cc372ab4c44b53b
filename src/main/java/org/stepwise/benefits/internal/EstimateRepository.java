package org.stepwise.benefits.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Estimates are added and read, never changed nor removed. */
public interface EstimateRepository extends Repository<Estimate, UUID> {

  Estimate save(Estimate estimate);

  @Query(
      "select * from better_off_estimate where care_case_id = :caseId order by created_at desc, id")
  List<Estimate> findByCase(UUID caseId);

  @Query("select * from better_off_estimate where id = :id and care_case_id = :caseId")
  Optional<Estimate> findOnCase(UUID id, UUID caseId);
}
