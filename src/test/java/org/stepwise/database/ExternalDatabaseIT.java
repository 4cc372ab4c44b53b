package org.stepwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With STEPWISE_DB_URL set, Stepwise uses that PostgreSQL (here a separate server the test starts),
 * creates no demo users or data, and creates the first administrator when asked.
 */
@DirtiesContext // closed after this class, while its server still runs; the server stops at exit
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "stepwise.first-admin.username=firstadmin",
      "stepwise.first-admin.password=a-long-admin-password",
      // An external database needs the key that encrypts the API token signing key.
      "stepwise.oauth.key-encryption-key=wFiAe2zhH42+dSzK8x6KwCP/YBjJ1Riqxmro0hjQcP4="
    })
class ExternalDatabaseIT {

  private static EmbeddedPostgres server;

  @DynamicPropertySource
  static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
    server = EmbeddedPostgres.builder().start();
    registry.add("stepwise.database.url", () -> server.getJdbcUrl("postgres", "postgres"));
    registry.add("stepwise.database.username", () -> "postgres");
    registry.add("stepwise.database.password", () -> "");
  }

  @Autowired JdbcClient jdbc;
  @Autowired DemoData demoData;

  @Test
  void usesTheExternalServerWithoutDemoData() {
    assertThat(demoData.enabled()).isFalse();
    assertThat(jdbc.sql("select count(*) from demo_data_load").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select username from staff_user").query(String.class).list())
        .containsExactly("firstadmin");
    assertThat(
            jdbc.sql("select roles from staff_user where username = 'firstadmin'")
                .query((row, n) -> row.getString(1))
                .single())
        .contains("ADMIN");
  }
}
