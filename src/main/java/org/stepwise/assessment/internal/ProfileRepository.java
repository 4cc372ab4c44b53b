package org.stepwise.assessment.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ProfileRepository extends ListCrudRepository<VocationalProfile, UUID> {

  Optional<VocationalProfile> findByPersonId(UUID personId);
}
