package org.stepwise.caseload.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CaseNoteRepository extends ListCrudRepository<CaseNote, UUID> {

  @Query(
      "select * from case_note where care_case_id = :caseId order by contact_on desc, created_at desc")
  List<CaseNote> findByCase(UUID caseId);
}
