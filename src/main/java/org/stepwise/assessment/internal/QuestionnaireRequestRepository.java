package org.stepwise.assessment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Links sent to people to complete a questionnaire online. */
public interface QuestionnaireRequestRepository
    extends ListCrudRepository<QuestionnaireRequest, UUID> {

  /** The link with this secret's hash, while it still opens. */
  @Query(
      "select * from questionnaire_request where token_hash = :tokenHash and response_id is null"
          + " and cancelled_at is null and expires_at > :now")
  Optional<QuestionnaireRequest> findWaiting(String tokenHash, Instant now);

  /** The link with this secret's hash, once it has been returned. */
  @Query(
      "select * from questionnaire_request where token_hash = :tokenHash"
          + " and response_id is not null")
  Optional<QuestionnaireRequest> findReturned(String tokenHash);

  /** The links sent on a case, newest first. */
  @Query(
      "select * from questionnaire_request where care_case_id = :caseId order by created_at desc")
  List<QuestionnaireRequest> findOnCase(UUID caseId);

  /** The links on a case neither returned nor cancelled (including those run out). */
  @Query(
      "select * from questionnaire_request where care_case_id = :caseId and response_id is null"
          + " and cancelled_at is null")
  List<QuestionnaireRequest> findUnusedOnCase(UUID caseId);
}
