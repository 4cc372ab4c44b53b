package org.stepwise.staff.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.stepwise.database.DemoData;

/** Tells whoever started Stepwise where to find it and, in demo mode, how to sign in. */
@Component
class ReadyMessage {

  private final Environment environment;
  private final DemoData demoData;

  ReadyMessage(Environment environment, DemoData demoData) {
    this.environment = environment;
    this.demoData = demoData;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    var port = environment.getProperty("local.server.port", "8080");
    var text = new StringBuilder();
    text.append("\n  Stepwise is ready: http://localhost:").append(port).append("/\n");
    if (demoData.enabled()) {
      text.append("  Demo mode (embedded PostgreSQL, listening on this machine only).\n")
          .append("  Demo sign-ins, all with password '")
          .append(DemoStaff.PASSWORD)
          .append("': ")
          .append(String.join(", ", DemoStaff.usernames()))
          .append("\n");
    }
    System.out.println(text);
  }
}
