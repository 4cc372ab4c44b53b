package org.stepwise.caseload.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CaseRepository extends ListCrudRepository<Case, UUID> {

  Optional<Case> findByTriageId(UUID triageId);

  Optional<Case> findByReferralId(UUID referralId);

  @Query(
      "select * from care_case where lower(worker) = lower(:worker) and status = 'OPEN' order by opened_at")
  List<Case> findOpenFor(String worker);

  @Query("select count(*) from care_case where lower(worker) = lower(:worker) and status = 'OPEN'")
  long countOpenFor(String worker);

  @Query("select * from care_case where status = 'OPEN' and opened_at < :before")
  List<Case> findOpenedBefore(java.time.Instant before);

  @Query("select * from care_case where status = 'OPEN' and next_review_on <= :day")
  List<Case> findReviewDue(java.time.LocalDate day);

  /**
   * Whether the case is open, holding its row until the transaction ends: a work item raised under
   * this lock cannot slip in beside a discharge that closes the case's items.
   */
  @Query("select status = 'OPEN' from care_case where id = :id for update")
  Boolean lockIsOpen(UUID id);

  @Query("select * from care_case order by opened_at desc limit 5000")
  List<Case> findRecent();
}
