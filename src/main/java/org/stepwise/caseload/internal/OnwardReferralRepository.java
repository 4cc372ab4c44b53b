package org.stepwise.caseload.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface OnwardReferralRepository extends ListCrudRepository<OnwardReferral, UUID> {

  @Query(
      "select * from onward_referral where care_case_id = :caseId order by made_on desc, created_at desc")
  List<OnwardReferral> findByCase(UUID caseId);

  @Query("select * from onward_referral where referral_id = :referralId")
  List<OnwardReferral> findByReferral(UUID referralId);
}
