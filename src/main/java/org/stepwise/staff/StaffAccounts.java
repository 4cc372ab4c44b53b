package org.stepwise.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.staff.internal.StaffUser;
import org.stepwise.staff.internal.StaffUserRepository;

/** Administration of sign-in accounts. Administrators only, checked here on the server. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StaffAccounts {

  static final String RECORD_TYPE = "staff-user";

  private final StaffUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;

  StaffAccounts(StaffUserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
  }

  @Transactional(readOnly = true)
  public List<StaffAccount> list() {
    return users.findAllByOrderByUsername().stream().map(StaffUser::toAccount).toList();
  }

  @Transactional(readOnly = true)
  public Optional<StaffAccount> find(StaffId id) {
    return users.findById(id.id()).map(StaffUser::toAccount);
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
    return saved.toAccount();
  }

  /** Replaces the roles of an account. At least one role is required. */
  @Transactional
  public StaffAccount changeRoles(StaffId id, Set<Role> roles) {
    var user =
        users.findById(id.id()).orElseThrow(() -> new IllegalArgumentException("No such user"));
    user.changeRoles(roles);
    var saved = users.save(user);
    auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "roles " + roleNames(roles));
    return saved.toAccount();
  }

  private static String roleNames(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }
}
