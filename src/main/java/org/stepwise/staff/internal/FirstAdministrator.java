package org.stepwise.staff.internal;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.staff.Role;

/**
 * Creates the first administrator of a new installation from {@code STEPWISE_ADMIN_USERNAME} and
 * {@code STEPWISE_ADMIN_PASSWORD}, when both are set and no account exists yet. After that the
 * settings are ignored: administrators manage accounts in the web pages.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final StaffUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final String username;
  private final String password;

  FirstAdministrator(
      StaffUserRepository users,
      PasswordEncoder passwordEncoder,
      @Value("${stepwise.first-admin.username:}") String username,
      @Value("${stepwise.first-admin.password:}") String password) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.username = username;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (username.isBlank() || password.isBlank() || users.count() > 0) {
      return;
    }
    if (password.length() < 12) {
      log.warn("STEPWISE_ADMIN_PASSWORD must be at least 12 characters; no administrator created");
      return;
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
      log.warn(
          "STEPWISE_ADMIN_PASSWORD must be at most 72 bytes (72 plain letters, fewer with accents"
              + " or symbols); no administrator created");
      return;
    }
    users.save(
        StaffUser.create(
            username, "Administrator", null, passwordEncoder.encode(password), Set.of(Role.ADMIN)));
    log.info("Created the first administrator account");
  }
}
