package org.stepwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.StepwiseIntegrationTest;

/** The Flyway migrations on a real PostgreSQL: every module's folder applied, in order. */
@StepwiseIntegrationTest
class MigrationIT {

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void appliesEveryModulesMigrationsSuccessfully() {
    for (String module : List.of("database", "staff", "person", "referral", "audit")) {
      var failed =
          jdbc.sql("select count(*) from flyway_schema_history_" + module + " where not success")
              .query(Long.class)
              .single();
      var applied =
          jdbc.sql(
                  "select count(*) from flyway_schema_history_"
                      + module
                      + " where success and type = 'SQL'")
              .query(Long.class)
              .single();
      assertThat(failed).as(module).isZero();
      assertThat(applied).as(module).isPositive();
    }
    assertThat(
            jdbc.sql("select count(*) from flyway_schema_history where success and type = 'SQL'")
                .query(Long.class)
                .single())
        .as("root migrations (event publication registry)")
        .isPositive();
  }

  @Test
  void everyTableHasAUuidKeyAndAuditColumns() {
    var tables =
        jdbc.sql(
                """
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name not like 'flyway_schema_history%'
                  and table_name <> 'event_publication'
                  -- counters keyed by a hash, and one installation key: no records of anyone
                  and table_name not in ('sign_in_failure', 'sign_in_key')
                  -- API request rate buckets, keyed by subject: no records of anyone
                  and table_name <> 'api_rate_bucket'
                """)
            .query(String.class)
            .list();
    assertThat(tables).contains("staff_user", "person", "referral", "audit_event");
    for (String table : tables) {
      var columns =
          jdbc.sql(
                  "select column_name || ':' || data_type from information_schema.columns"
                      + " where table_schema = 'public' and table_name = :table")
              .param("table", table)
              .query(String.class)
              .list();
      assertThat(columns)
          .as(table)
          .contains("id:uuid", "created_at:timestamp with time zone", "created_by:text");
    }
  }

  @Test
  void runningTheMigrationsAgainChangesNothing() {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/referral")
            .table("flyway_schema_history_referral")
            .load()
            .migrate();
    assertThat(result.migrationsExecuted).isZero();
  }
}
