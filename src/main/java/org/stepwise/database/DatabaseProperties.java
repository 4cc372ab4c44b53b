package org.stepwise.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param url JDBC URL of an external PostgreSQL; blank means demo mode with an embedded server
 * @param username user for the external server
 * @param password password for the external server
 * @param dataDir folder for the embedded server's files; blank means a throw-away folder (tests)
 */
@ConfigurationProperties("stepwise.database")
public record DatabaseProperties(String url, String username, String password, String dataDir) {

  /** True when no external database is configured: embedded PostgreSQL and demo data. */
  public boolean demoMode() {
    return url == null || url.isBlank();
  }
}
