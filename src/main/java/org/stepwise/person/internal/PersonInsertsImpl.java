package org.stepwise.person.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PersonInserts} with {@link JdbcClient}; found by Spring Data by its name. The audit
 * columns come from the same {@link AuditorAware} and {@link DateTimeProvider} as Spring Data's.
 */
class PersonInsertsImpl implements PersonInserts {

  private final JdbcClient jdbc;
  private final AuditorAware<String> auditor;
  private final DateTimeProvider clock;

  PersonInsertsImpl(JdbcClient jdbc, AuditorAware<String> auditor, DateTimeProvider clock) {
    this.jdbc = jdbc;
    this.auditor = auditor;
    this.clock = clock;
  }

  @Override
  public void insert(Person fresh) {
    var now = Instant.from(clock.getNow().orElseThrow());
    var by = auditor.getCurrentAuditor().orElse("system");
    var person = fresh.details();
    jdbc.sql(
            """
        insert into person (id, nhs_number, given_name, family_name, date_of_birth, email, phone,
          address_line1, address_line2, town, postcode, created_at, created_by, updated_at, updated_by, version)
        values (:id, :nhs, :given, :family, :born, :email, :phone, :line1, :line2, :town, :postcode,
          :at, :by, :at, :by, 0)""")
        .param("id", fresh.id())
        .param("nhs", person.nhsNumber() == null ? null : person.nhsNumber().value())
        .param("given", person.givenName())
        .param("family", person.familyName())
        .param("born", person.dateOfBirth())
        .param("email", person.email())
        .param("phone", person.phone())
        .param("line1", person.addressLine1())
        .param("line2", person.addressLine2())
        .param("town", person.town())
        .param("postcode", person.postcode())
        .param("at", Timestamp.from(now))
        .param("by", by)
        .update();
  }
}
