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
}
