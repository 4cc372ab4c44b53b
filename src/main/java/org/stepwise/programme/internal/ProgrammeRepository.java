package org.stepwise.programme.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ProgrammeRepository extends ListCrudRepository<Programme, UUID> {

  List<Programme> findAllByOrderByName();
}
