package org.stepwise.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data is loaded on the first start of a demo-mode data directory only, and never against an
 * external database. Each module loads its own demo data after claiming it here.
 */
@Service
public class DemoData {

  private final DatabaseProperties properties;
  private final JdbcClient jdbc;

  DemoData(DatabaseProperties properties, JdbcClient jdbc) {
    this.properties = properties;
    this.jdbc = jdbc;
  }

  /** True in demo mode (embedded PostgreSQL, no {@code STEPWISE_DB_URL}). */
  public boolean enabled() {
    return properties.demoMode();
  }

  /**
   * Claims the first load of the named set of demo data. Must run in the transaction that loads the
   * data, so that a failed load can be tried again on the next start.
   *
   * @return true exactly once per data directory and name, and only in demo mode
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean claimFirstLoad(String name) {
    if (!enabled()) {
      return false;
    }
    return jdbc.sql(
                "insert into demo_data_load (name) values (:name) on conflict (name) do nothing")
            .param("name", name)
            .update()
        == 1;
  }
}
