package org.stepwise.plan.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface PlanRepository extends ListCrudRepository<Plan, UUID> {

  Optional<Plan> findByCareCaseId(UUID careCaseId);

  java.util.List<Plan> findByReferralId(UUID referralId);
}
