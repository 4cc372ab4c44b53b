package org.stepwise.staff.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, UUID> {

  @Query("select count(*) > 0 from team where lower(name) = lower(:name) and id <> :except")
  boolean nameTaken(String name, UUID except);

  @Query("select * from team order by lower(name)")
  List<Team> allByName();
}
