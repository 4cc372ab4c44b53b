package org.stepwise.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.staff.internal.StaffUser;
import org.stepwise.staff.internal.StaffUserRepository;

/** Administration of sign-in accounts. Administrators only, checked here on the server. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StaffAccounts {

  private final StaffUserRepository users;
  private final PasswordEncoder passwordEncoder;

  StaffAccounts(StaffUserRepository users, PasswordEncoder passwordEncoder) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
  }

  @Transactional(readOnly = true)
  public List<StaffAccount> list() {
    return users.findAllByOrderByUsername().stream().map(StaffUser::toAccount).toList();
  }

  @Transactional(readOnly = true)
  public Optional<StaffAccount> find(UUID id) {
    return users.findById(id).map(StaffUser::toAccount);
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
    return users.save(user).toAccount();
  }

  /** Replaces the roles of an account. At least one role is required. */
  @Transactional
  public StaffAccount changeRoles(UUID id, Set<Role> roles) {
    var user = users.findById(id).orElseThrow(() -> new IllegalArgumentException("No such user"));
    user.changeRoles(roles);
    return users.save(user).toAccount();
  }
}
