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

  @Query("select * from appointment where referral_id = :referralId order by starts_at desc")
  List<Appointment> findForReferral(UUID referralId);

  @Query(
      "select * from appointment where attendance = 'BOOKED' and not reminder_sent and starts_at >= :from and starts_at < :to")
  List<Appointment> findNeedingReminder(Instant from, Instant to);
}
