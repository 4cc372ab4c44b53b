package org.stepwise.appointment.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AppointmentRepository extends ListCrudRepository<Appointment, UUID> {

  @Query(
      "select * from appointment where lower(worker) = lower(:worker) and starts_at >= :from and starts_at < :to order by starts_at")
  List<Appointment> findForWorker(String worker, Instant from, Instant to);

  @Query("select * from appointment where care_case_id = :caseId order by starts_at desc")
  List<Appointment> findForCase(UUID caseId);

  /** Those still booked on a case, starting at this time. */
  @Query(
      "select * from appointment where care_case_id = :caseId and starts_at = :startsAt"
          + " and attendance = 'BOOKED'")
  List<Appointment> findBookedForCaseAt(UUID caseId, Instant startsAt);

  /**
   * Waits until no other transaction is booking on this case, and keeps others waiting until this
   * transaction ends: two presses of the booking button then book once.
   */
  @Query(
      "select 1 from pg_advisory_xact_lock(hashtextextended('appointment ' || cast(:caseId as text), 0))")
  int lockCase(UUID caseId);

  @Query("select * from appointment where referral_id = :referralId order by starts_at desc")
  List<Appointment> findForReferral(UUID referralId);

  @Query(
      "select * from appointment where attendance = 'BOOKED' and not reminder_sent and starts_at >= :from and starts_at < :to")
  List<Appointment> findNeedingReminder(Instant from, Instant to);
}
