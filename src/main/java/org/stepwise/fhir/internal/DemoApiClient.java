package org.stepwise.fhir.internal;

import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.database.DemoData;

/**
 * The demo GP system's API client, {@code demo-gp-system} / {@code stepwise-demo}, in demo mode
 * only.
 */
@Component
@Order(30)
class DemoApiClient implements ApplicationRunner {

  static final String CLIENT_ID = "demo-gp-system";
  static final String SECRET = "stepwise-demo";

  private final DemoData demoData;
  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;
  private final java.time.Clock clock;

  DemoApiClient(
      DemoData demoData, JdbcClient jdbc, PasswordEncoder passwordEncoder, java.time.Clock clock) {
    this.clock = clock;
    this.demoData = demoData;
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.enabled() || !demoData.claimFirstLoad("api-clients")) {
      return;
    }
    jdbc.sql(
            """
        insert into api_client (id, client_id, name, organisation, ods_code, secret_hash, scopes, created_at, created_by)
        values (:id, :c, 'Demo GP system', 'Riverside Surgery (demo)', 'Y00001', :hash,
          array['referral.write','referral.read'], :now, 'system')""")
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .param("id", UUID.randomUUID())
        .param("c", CLIENT_ID)
        .param("hash", passwordEncoder.encode(SECRET))
        .update();
  }
}
