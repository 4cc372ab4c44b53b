package org.stepwise.person.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link PersonInserts} with {@link JdbcClient}; found by Spring Data by its name. */
class PersonInsertsImpl implements PersonInserts {

  private final JdbcClient jdbc;
  private final AuditorAware<String> auditor;

  PersonInsertsImpl(JdbcClient jdbc, AuditorAware<String> auditor) {
    this.jdbc = jdbc;
    this.auditor = auditor;
  }

  @Override
  public Person insert(Person fresh) {
    if (!fresh.isNew()) {
      throw new IllegalArgumentException("That person has been saved already");
    }
    var now = Instant.now();
    var by = auditor.getCurrentAuditor().orElse("system");
    var person = fresh.details();
    jdbc.sql("""
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
    fresh.inserted(now, by);
    return fresh;
  }
}
