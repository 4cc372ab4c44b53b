package org.stepwise.person.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;

/** The plain-SQL insert of a new person writes what Spring Data JDBC's save would. */
@StepwiseIntegrationTest
class PersonInsertsIT {

  @Autowired PersonRepository people;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private static Person fresh() {
    return Person.register(
        new NewPerson(
            " Ada ",
            "Lovelace",
            LocalDate.of(1980, 12, 10),
            NhsNumber.parse("9990000018").orElseThrow(),
            "ada@example.org",
            "",
            "1 Test Street",
            null,
            "Leeds",
            "ls1 1aa"));
  }

  private Map<String, Object> row(UUID id) {
    var row =
        new TreeMap<>(
            jdbc.sql("select * from person where id = :id").param("id", id).query().singleRow());
    row.remove("id");
    row.remove("created_at");
    row.remove("updated_at");
    return row;
  }

  @Test
  void insertWritesTheRowSaveWould() {
    var inserted = fresh();
    transactions.executeWithoutResult(status -> people.insert(inserted));
    var saved = transactions.execute(status -> people.save(fresh()));
    assertThat(row(inserted.id())).isEqualTo(row(saved.id()));
    assertThat(people.findById(inserted.id()).orElseThrow().details().postcode())
        .isEqualTo("LS1 1AA");
  }
}
