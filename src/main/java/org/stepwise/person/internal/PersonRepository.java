package org.stepwise.person.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<Person, UUID>, PersonInserts {

  @Query(
      """
      select id from person
      where (cast(:nhsNumber as text) is not null and nhs_number = :nhsNumber)
         or (lower(family_name) = lower(:familyName) and lower(given_name) = lower(:givenName)
             and date_of_birth = :dateOfBirth)
      """)
  List<UUID> findMatching(
      String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth);
}
