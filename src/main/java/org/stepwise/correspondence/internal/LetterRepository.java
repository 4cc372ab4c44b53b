package org.stepwise.correspondence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface LetterRepository extends ListCrudRepository<Letter, UUID> {

  Optional<Letter> findByIdempotencyKey(String idempotencyKey);

  @Query("select * from letter where person_id = :personId order by created_at desc")
  List<Letter> findByPerson(UUID personId);

  @Query("select * from letter where referral_id = :referralId order by created_at")
  List<Letter> findByReferral(UUID referralId);

  @Query("select * from letter where status = :status order by created_at limit 500")
  List<Letter> findByStatus(String status);

  @Query("select * from letter order by created_at desc limit 200")
  List<Letter> findRecent();

  /**
   * Letters due for an email attempt, locked so that no other node takes them: queued ones whose
   * time has come, and ones whose sender stopped before finishing (lease run out).
   */
  @Query(
      """
      select * from letter
      where (status = 'QUEUED' and next_attempt_at <= :now)
         or (status = 'SENDING' and lease_until < :now)
      order by next_attempt_at
      limit :limit
      for update skip locked
      """)
  List<Letter> lockDue(Instant now, int limit);
}
