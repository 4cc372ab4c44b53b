package org.stepwise.fhir.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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
  private final RegisteredSystemRepository systems;
  private final PasswordEncoder passwordEncoder;

  DemoApiClient(
      DemoData demoData, RegisteredSystemRepository systems, PasswordEncoder passwordEncoder) {
    this.demoData = demoData;
    this.systems = systems;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.enabled() || !demoData.claimFirstLoad("api-clients")) {
      return;
    }
    systems.save(
        RegisteredSystem.register(
            CLIENT_ID,
            "Demo GP system",
            "Riverside Surgery (demo)",
            "Y00001",
            passwordEncoder.encode(SECRET),
            List.of("referral.write", "referral.read")));
  }
}
