package org.stepwise.referral.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ReferralRepository extends ListCrudRepository<Referral, UUID> {

  @Query("select * from referral where status = 'RECEIVED' order by received_at limit 500")
  List<Referral> findWaiting();

  @Query("select count(*) from referral where status = 'RECEIVED'")
  long countWaiting();
}
