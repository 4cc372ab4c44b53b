package org.stepwise.caseload.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CaseNoteRepository extends ListCrudRepository<CaseNote, UUID> {

  @Query(
      "select * from case_note where care_case_id = :caseId order by contact_on desc, created_at desc")
  List<CaseNote> findByCase(UUID caseId);

  /** The notes on a case written since a moment. */
  @Query("select * from case_note where care_case_id = :caseId and created_at >= :since")
  List<CaseNote> findByCaseSince(UUID caseId, Instant since);

  /**
   * Waits until no other transaction is writing a note on this case, and keeps others waiting until
   * this transaction ends: two presses of the button then write one note.
   */
  @Query(
      "select 1 from pg_advisory_xact_lock(hashtextextended('case_note ' || cast(:caseId as text), 0))")
  int lockCase(UUID caseId);
}
