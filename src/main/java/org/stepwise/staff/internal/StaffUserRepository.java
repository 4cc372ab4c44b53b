package org.stepwise.staff.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffUserRepository extends ListCrudRepository<StaffUser, UUID> {

  @Query("select * from staff_user where lower(username) = lower(:username)")
  Optional<StaffUser> findByUsername(String username);

  @Query("select count(*) > 0 from staff_user where lower(username) = lower(:username)")
  boolean existsByUsernameIgnoreCase(String username);

  List<StaffUser> findAllByOrderByUsername();
}
