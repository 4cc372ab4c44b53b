package org.stepwise.referral.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ReferralRepository extends ListCrudRepository<Referral, UUID>, ReferralInserts {

  /** Open referrals that are not deferred: everyone waiting, longest wait first (one page). */
  @Query(
      "select * from referral where status in ('RECEIVED', 'UNDER_REVIEW', 'ACCEPTED')"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))"
          + " order by received_at limit :size offset :offset")
  List<Referral> findWaiting(Collection<UUID> services, boolean unnamed, int size, int offset);

  @Query(
      "select count(*) from referral where status in ('RECEIVED', 'UNDER_REVIEW', 'ACCEPTED')"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))")
  long countWaiting(Collection<UUID> services, boolean unnamed);

  /** One page of new referrals and those being reviewed, oldest first. */
  @Query(
      "select * from referral where status in ('RECEIVED', 'UNDER_REVIEW')"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))"
          + " order by received_at limit :size offset :offset")
  List<Referral> findToReview(Collection<UUID> services, boolean unnamed, int size, int offset);

  @Query(
      "select count(*) from referral where status in ('RECEIVED', 'UNDER_REVIEW')"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))")
  long countToReview(Collection<UUID> services, boolean unnamed);

  /** Deferred referrals due for review by the given day, soonest first. */
  @Query(
      "select * from referral where status = 'DEFERRED' and review_date <= :day"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))"
          + " order by review_date limit :size")
  List<Referral> findDeferredDue(
      Collection<UUID> services, boolean unnamed, LocalDate day, int size);

  /** Deferred referrals not yet due, soonest first. */
  @Query(
      "select * from referral where status = 'DEFERRED' and review_date > :day"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))"
          + " order by review_date limit :size")
  List<Referral> findDeferredLater(
      Collection<UUID> services, boolean unnamed, LocalDate day, int size);

  @Query(
      "select * from referral where lower(referred_by) = lower(:username)"
          + " order by status_changed_at desc limit 1000")
  List<Referral> findReferredBy(String username);

  @Query(
      "select * from referral where person_id in (:people)"
          + " and status not in ('DECLINED', 'WITHDRAWN') order by received_at")
  List<Referral> findOpenFor(Collection<UUID> people);

  @Query(
      "select count(*) from referral where status = 'DEFERRED' and review_date <= :today"
          + " and (programme_id in (:services) or (programme_id is null and :unnamed))")
  long countDueForReview(Collection<UUID> services, boolean unnamed, LocalDate today);

  @Query("select * from referral where person_id = :person order by received_at")
  List<Referral> findByPerson(UUID person);
}
