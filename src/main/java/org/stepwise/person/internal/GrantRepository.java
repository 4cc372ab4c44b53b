package org.stepwise.person.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface GrantRepository extends ListCrudRepository<Grant, UUID> {

  @Query(
      "select count(*) > 0 from break_glass where lower(username) = lower(:username)"
          + " and person_id = :person and expires_at > :now")
  boolean active(String username, UUID person, Instant now);

  /** Grants about the given services (or naming none), newest first. */
  @Query(
      "select * from break_glass where (service_id in (:services) or service_id is null)"
          + " order by granted_at desc limit :limit")
  List<Grant> forServices(Collection<UUID> services, int limit);

  @Query(
      "select count(*) from break_glass where reviewed_at is null"
          + " and (service_id in (:services) or service_id is null)")
  long toReview(Collection<UUID> services);
}
