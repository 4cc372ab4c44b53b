package org.stepwise.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Provides the {@link DataSource}: an embedded PostgreSQL in demo mode, otherwise a pooled
 * connection to the external server. Also fills the standard audit columns of every aggregate.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@EnableJdbcAuditing(dateTimeProviderRef = "utcNow")
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean
  DataSource dataSource(DatabaseProperties properties) throws IOException {
    var pool = new HikariDataSource();
    pool.setPoolName("stepwise");
    pool.setMaximumPoolSize(10);
    if (properties.demoMode()) {
      var server = EmbeddedServer.start(properties.dataDir());
      pool.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
      pool.setUsername("postgres");
      return new EmbeddedDataSource(pool, server);
    }
    log.info("Using the external PostgreSQL named by STEPWISE_DB_URL");
    pool.setJdbcUrl(properties.url());
    pool.setUsername(properties.username());
    pool.setPassword(properties.password());
    return pool;
  }

  @Bean
  DateTimeProvider utcNow(Clock clock) {
    return () -> Optional.of(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
  }

  @Bean
  AuditorAware<String> currentUser() {
    return () -> {
      var authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication instanceof AnonymousAuthenticationToken) {
        return Optional.of("public");
      }
      if (authentication == null || !authentication.isAuthenticated()) {
        return Optional.of("system");
      }
      return Optional.of(authentication.getName());
    };
  }

  /**
   * The embedded server, the folder it keeps its files in, and the watchdog that stops it should
   * the application die without stopping it.
   */
  record EmbeddedServer(
      EmbeddedPostgres postgres,
      Path directory,
      boolean throwAway,
      Optional<ServerWatchdog> watchdog) {

    /** Long enough for PostgreSQL to recover its files after a crash on a slow laptop. */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    static EmbeddedServer start(String dataDir) throws IOException {
      boolean throwAway = dataDir == null || dataDir.isBlank();
      Path directory =
          throwAway
              ? Files.createTempDirectory("stepwise-test-pg")
              : Path.of(dataDir).toAbsolutePath().resolve("postgres");
      Files.createDirectories(directory);
      // A PostgreSQL an earlier run left running here (the application was killed) is stopped.
      LeftoverServer.clear(directory);
      var builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(throwAway)
              // The application stops PostgreSQL itself, after closing its connections.
              .setRegisterShutdownHook(false)
              .setPGStartupWait(STARTUP_WAIT)
              .setServerConfig("timezone", "UTC");
      if (!throwAway) {
        builder
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
      }
      log.info("Starting embedded PostgreSQL in {}", throwAway ? "a temporary folder" : directory);
      var postgres = builder.start();
      var pid = LeftoverServer.pidIn(directory.resolve("postmaster.pid"));
      var watchdog =
          pid.isPresent()
              ? ServerWatchdog.watch(directory, pid.getAsLong())
              : Optional.<ServerWatchdog>empty();
      return new EmbeddedServer(postgres, directory, throwAway, watchdog);
    }

    void stop() throws IOException {
      postgres.close();
      watchdog.ifPresent(ServerWatchdog::close);
      log.info("Embedded PostgreSQL stopped");
    }
  }
}
