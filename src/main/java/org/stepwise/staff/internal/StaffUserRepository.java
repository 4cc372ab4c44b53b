package org.stepwise.staff.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffUserRepository extends ListCrudRepository<StaffUser, UUID> {

  @Query("select * from staff_user where lower(username) = lower(:username)")
  Optional<StaffUser> findByUsername(String username);

  @Query("select count(*) > 0 from staff_user where lower(username) = lower(:username)")
  boolean existsByUsernameIgnoreCase(String username);

  List<StaffUser> findAllByOrderByUsername();

  /**
   * Stamps a successful sign-in in one statement, outside the versioned aggregate, so that two
   * sign-ins at once (two browsers) cannot conflict.
   */
  @Modifying
  @Query("update staff_user set last_sign_in_at = :at where id = :id")
  void recordSignIn(UUID id, java.time.Instant at);
}
