package org.stepwise.person.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.PersonFinder;
import org.stepwise.person.NhsNumber;

/**
 * Finds people for the access log's filters, for those who read the log only. Answers ids, not
 * records: the log's reader learns whose entries to show, and the log records which people they
 * looked up.
 */
@Component
class AccessLogPeople implements PersonFinder {

  private static final String LOG_READERS = "hasAnyRole('ADMIN','DATA_PROTECTION')";

  private final JdbcClient jdbc;

  AccessLogPeople(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @PreAuthorize(LOG_READERS)
  @Transactional(readOnly = true)
  public List<UUID> idsFor(String nhsNumber) {
    var number = NhsNumber.parse(nhsNumber);
    if (number.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select id from person where nhs_number = :number")
        .param("number", number.get().value())
        .query(UUID.class)
        .list();
  }

  @Override
  @PreAuthorize(LOG_READERS)
  @Transactional(readOnly = true)
  public List<UUID> idsFor(String givenName, String familyName, LocalDate dateOfBirth) {
    if (familyName == null || familyName.isBlank() || dateOfBirth == null) {
      return List.of();
    }
    boolean anyGivenName = givenName == null || givenName.isBlank();
    return jdbc.sql(
            """
            select id from person
            where lower(family_name) = lower(:familyName) and date_of_birth = :born
              and (:anyGivenName or lower(given_name) = lower(:givenName))
            """)
        .param("familyName", familyName.strip())
        .param("born", dateOfBirth)
        .param("anyGivenName", anyGivenName)
        .param("givenName", anyGivenName ? "" : givenName.strip())
        .query(UUID.class)
        .list();
  }
}
