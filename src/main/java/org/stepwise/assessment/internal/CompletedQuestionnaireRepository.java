package org.stepwise.assessment.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Completed questionnaires. */
public interface CompletedQuestionnaireRepository
    extends ListCrudRepository<CompletedQuestionnaire, UUID> {

  /** Those completed on a case, newest first. */
  @Query(
      "select * from questionnaire_response where care_case_id = :caseId"
          + " order by completed_on desc, created_at desc")
  List<CompletedQuestionnaire> findOnCase(UUID caseId);

  /** One completed on a case. */
  @Query("select * from questionnaire_response where care_case_id = :caseId and id = :id")
  Optional<CompletedQuestionnaire> findOnCase(UUID caseId, UUID id);

  /**
   * Waits until no other transaction is recording a completion under this id, and keeps others
   * waiting until this transaction ends: two presses of one form's button then record it once.
   */
  @Query("select 1 from pg_advisory_xact_lock(hashtextextended(cast(:id as text), 0))")
  int lockId(UUID id);

  /** Those completed on a referral's case, newest first. */
  @Query(
      "select * from questionnaire_response where referral_id = :referralId"
          + " order by completed_on desc, created_at desc")
  List<CompletedQuestionnaire> findOnReferral(UUID referralId);
}
