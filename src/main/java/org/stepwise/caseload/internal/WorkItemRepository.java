package org.stepwise.caseload.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface WorkItemRepository extends ListCrudRepository<WorkItem, UUID> {

  boolean existsBySourceKey(String sourceKey);

  @Query(
      "select * from work_item where care_case_id in (:cases) and status <> 'DONE' order by due_on")
  List<WorkItem> findUndoneFor(Collection<UUID> cases);

  @Query("select * from work_item where care_case_id = :caseId order by due_on")
  List<WorkItem> findByCase(UUID caseId);
}
