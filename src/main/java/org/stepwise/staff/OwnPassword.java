package org.stepwise.staff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.site.ChangeRefused;
import org.stepwise.staff.internal.StaffUserRepository;

/** Staff change their own password; after an administrator's reset they must. */
@Service
@PreAuthorize("isAuthenticated()")
public class OwnPassword {

  private final StaffUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;

  OwnPassword(StaffUserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
  }

  /** True when an administrator reset the password and the user has not yet chosen their own. */
  @Transactional(readOnly = true)
  public boolean mustChange() {
    return users.findByUsername(signedIn()).map(u -> u.mustChangePassword()).orElse(false);
  }

  /**
   * Changes the signed-in user's password. Their other sessions end at their next click.
   *
   * @return the account's new session version, which the session making the change keeps
   * @throws ChangeRefused on {@code currentPassword} when it is wrong, on {@code newPassword} when
   *     it is the same as the current one
   */
  @Transactional
  public long change(String currentPassword, String newPassword) {
    var user =
        users.findByUsername(signedIn()).orElseThrow(() -> new ChangeRefused("password.signedOut"));
    if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
      throw ChangeRefused.onField("currentPassword", "password.current.wrong");
    }
    if (passwordEncoder.matches(newPassword, user.passwordHash())) {
      throw ChangeRefused.onField("newPassword", "password.new.same");
    }
    user.changePassword(passwordEncoder.encode(newPassword));
    var saved = users.save(user);
    auditLog.record(AuditAction.UPDATE, "staff-user", saved.id(), "changed own password");
    return saved.sessionVersion();
  }

  private static String signedIn() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "" : authentication.getName();
  }
}
