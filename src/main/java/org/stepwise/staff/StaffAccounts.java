package org.stepwise.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditEntry;
import org.stepwise.audit.AuditLog;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.internal.SignInGuard;
import org.stepwise.staff.internal.StaffUser;
import org.stepwise.staff.internal.StaffUserRepository;

/**
 * Administration of sign-in accounts: add, change roles, disable and enable, reset a password, and
 * see who signed in when. Administrators only, checked here on the server. Disabling an account,
 * changing its roles or resetting its password ends the user's sessions at their next click.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StaffAccounts {

  static final String RECORD_TYPE = "staff-user";

  /** Letters and digits that cannot be mistaken for one another when read out or copied. */
  private static final String READABLE = "abcdefghjkmnpqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final StaffUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final SignInGuard guard;
  private final Clock clock;

  StaffAccounts(
      StaffUserRepository users,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      SignInGuard guard,
      Clock clock) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.guard = guard;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<StaffAccount> list() {
    return users.findAllByOrderByUsername().stream().map(this::account).toList();
  }

  @Transactional(readOnly = true)
  public Optional<StaffAccount> find(StaffId id) {
    return users.findById(id.id()).map(this::account);
  }

  /**
   * Adds an account.
   *
   * @throws UsernameTakenException if the username (ignoring case) is in use
   */
  @Transactional
  public StaffAccount add(NewStaffAccount account) {
    if (users.existsByUsernameIgnoreCase(account.username())) {
      throw new UsernameTakenException(account.username());
    }
    var user =
        StaffUser.create(
            account.username(),
            account.displayName(),
            account.email(),
            passwordEncoder.encode(account.password()),
            account.roles());
    var saved = users.save(user);
    auditLog.record(
        AuditAction.CREATE, RECORD_TYPE, saved.id(), "roles " + roleNames(account.roles()));
    return account(saved);
  }

  /**
   * Replaces the roles of an account. At least one role is required. The user's sessions end, so
   * the new roles hold from their next click.
   */
  @Transactional
  public StaffAccount changeRoles(StaffId id, Set<Role> roles) {
    var user = load(id);
    user.changeRoles(roles);
    var saved = users.save(user);
    auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "roles " + roleNames(roles));
    return account(saved);
  }

  /**
   * Closes an account: it cannot sign in, and its sessions end at their next click. Disabling an
   * account already disabled changes nothing.
   *
   * @throws ChangeRefused for the administrator's own account
   */
  @Transactional
  public StaffAccount disable(StaffId id) {
    var user = load(id);
    if (user.username().equalsIgnoreCase(signedIn())) {
      throw new ChangeRefused("user.disable.self");
    }
    if (user.enabled()) {
      user.disable(signedIn(), clock.instant());
      user = users.save(user);
      auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "account disabled");
    }
    return account(user);
  }

  /** Opens a closed account again. Enabling an account already open changes nothing. */
  @Transactional
  public StaffAccount enable(StaffId id) {
    var user = load(id);
    if (!user.enabled()) {
      user.enable();
      user = users.save(user);
      auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "account enabled");
    }
    return account(user);
  }

  /**
   * Sets a new temporary password, returned once to show to the administrator and never stored in
   * the clear. The user must choose their own at their next sign-in; their sessions end now.
   *
   * @throws ChangeRefused for the administrator's own account (they change it on Your details)
   */
  @Transactional
  public String resetPassword(StaffId id) {
    var user = load(id);
    if (user.username().equalsIgnoreCase(signedIn())) {
      throw new ChangeRefused("user.reset.self");
    }
    var temporary = temporaryPassword();
    user.resetPassword(passwordEncoder.encode(temporary));
    users.save(user);
    auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "password reset");
    return temporary;
  }

  /** Sign-ins, refusals, sign-outs and changes to an account, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> history(StaffId id, int limit) {
    load(id);
    return auditLog.forRecord(RECORD_TYPE, id.id()).stream().limit(Math.max(1, limit)).toList();
  }

  private StaffUser load(StaffId id) {
    return users.findById(id.id()).orElseThrow(() -> new RecordNotFound("user"));
  }

  private StaffAccount account(StaffUser user) {
    return user.toAccount(guard.lockedUntil(user.username()).orElse(null));
  }

  private static String signedIn() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "" : authentication.getName();
  }

  /** Four groups of four readable characters: about 79 bits, and easy to read out. */
  static String temporaryPassword() {
    var password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
    }
    return password.toString();
  }

  private static String roleNames(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }
}
