package org.stepwise.staff.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CoverRepository extends ListCrudRepository<Cover, UUID> {

  @Query(
      "select * from caseload_cover where ended_at is null and until >= :today order by until,"
          + " lower(covered)")
  List<Cover> current(LocalDate today);
}
