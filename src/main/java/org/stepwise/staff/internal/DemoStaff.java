package org.stepwise.staff.internal;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.database.DemoData;
import org.stepwise.staff.ContactPreference;
import org.stepwise.staff.Role;

/** Demo sign-ins, created on the first start in demo mode only. */
@Component
@Order(10)
class DemoStaff implements ApplicationRunner {

  static final String PASSWORD = "stepwise-demo";

  private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

  private record Demo(String username, String displayName, Role role) {}

  private static final List<Demo> ACCOUNTS =
      List.of(
          new Demo("practitioner", "Priya Shah", Role.PRACTITIONER),
          new Demo("manager", "Morgan Ellis", Role.MANAGER),
          new Demo("referrer", "Dr Rachel Okafor", Role.REFERRER),
          new Demo("commissioner", "Chris Lomas", Role.COMMISSIONER),
          new Demo("researcher", "Sam Reid", Role.RESEARCHER),
          new Demo("admin", "Alex Admin", Role.ADMIN),
          new Demo("jordan", "Jordan Blake", Role.PRACTITIONER));

  private final DemoData demoData;
  private final StaffUserRepository users;
  private final PasswordEncoder passwordEncoder;

  DemoStaff(DemoData demoData, StaffUserRepository users, PasswordEncoder passwordEncoder) {
    this.demoData = demoData;
    this.users = users;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.enabled() || !demoData.claimFirstLoad("staff")) {
      return;
    }
    var hash = passwordEncoder.encode(PASSWORD);
    for (var demo : ACCOUNTS) {
      var user =
          StaffUser.create(
              demo.username(),
              demo.displayName(),
              demo.username() + "@stepwise.example",
              hash,
              Set.of(demo.role()));
      if (demo.username().equals("practitioner")) {
        user.changeWorkerProfile(
            java.math.BigDecimal.ONE,
            null,
            Set.of(org.stepwise.programme.Condition.MULTIPLE_SCLEROSIS));
      }
      if (demo.username().equals("jordan")) {
        user.changeWorkerProfile(
            new java.math.BigDecimal("0.60"),
            null,
            Set.of(
                org.stepwise.programme.Condition.CHRONIC_PAIN,
                org.stepwise.programme.Condition.FIBROMYALGIA,
                org.stepwise.programme.Condition.CHRONIC_LOW_BACK_PAIN));
      }
      if (demo.role() == Role.REFERRER) {
        user.changeContact(
            demo.username() + "@stepwise.example",
            "Riverside Surgery\n12 Riverside Road\nExampletown\nEX1 2AC",
            ContactPreference.EMAIL);
      }
      users.save(user);
    }
    log.info("Created {} demo sign-ins", ACCOUNTS.size());
  }

  /** The demo sign-ins, for the start-up message. */
  static List<String> usernames() {
    return ACCOUNTS.stream().map(Demo::username).toList();
  }
}
