package org.stepwise;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.stepwise.database.DatabaseProperties;
import org.stepwise.database.DemoClock;

/**
 * Stepwise: software for running work and health services. One module per business capability under
 * this package (see {@code docs/architecture.md}). Event listeners in other modules
 * ({@code @ApplicationModuleListener}) run asynchronously after the publishing transaction commits,
 * fed from the event publication table.
 */
@SpringBootApplication
@EnableAsync
@EnableScheduling
public class StepwiseApplication {

  public static void main(String[] args) {
    var application = new SpringApplication(StepwiseApplication.class);
    String externalDatabase = System.getenv("STEPWISE_DB_URL");
    if (externalDatabase == null || externalDatabase.isBlank()) {
      // Demo mode: demo sign-ins exist, so listen on this machine only.
      application.setDefaultProperties(Map.of("server.address", "127.0.0.1"));
    }
    application.run(args);
  }

  /** The system clock; in demo mode one the demo's history can be replayed on (first start). */
  @Bean
  Clock clock(DatabaseProperties database) {
    return database.demoMode() ? new DemoClock() : Clock.systemUTC();
  }
}
