package org.stepwise.assessment.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Fit notes recorded for people. */
public interface RecordedFitNoteRepository extends ListCrudRepository<RecordedFitNote, UUID> {

  /** A person's fit notes, newest first. */
  @Query(
      "select * from fit_note where person_id = :personId order by covers_from desc, created_at desc")
  List<RecordedFitNote> findForPerson(UUID personId);

  /**
   * Waits until no other transaction is recording a fit note for this person, and keeps others
   * waiting until this transaction ends: two presses of the button then record one note.
   */
  @Query(
      "select 1 from pg_advisory_xact_lock(hashtextextended('fit_note ' || cast(:personId as text), 0))")
  int lockPerson(UUID personId);
}
