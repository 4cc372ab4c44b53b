package org.stepwise.caseload.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface OnwardReferralRepository extends ListCrudRepository<OnwardReferral, UUID> {

  @Query(
      "select * from onward_referral where care_case_id = :caseId order by made_on desc, created_at desc")
  List<OnwardReferral> findByCase(UUID caseId);

  /**
   * Holds the case's row until the transaction ends, so that two referrals made from it at once (a
   * form sent twice) are checked one after the other.
   */
  @Query("select id from care_case where id = :caseId for update")
  Optional<UUID> lockCase(UUID caseId);

  @Query("select * from onward_referral where referral_id = :referralId")
  List<OnwardReferral> findByReferral(UUID referralId);
}
