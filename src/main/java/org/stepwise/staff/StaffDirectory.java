package org.stepwise.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.staff.internal.StaffUser;
import org.stepwise.staff.internal.StaffUserRepository;

/**
 * Contact details of people who sign in: each user keeps their own; other modules look them up to
 * write to them (feedback to referrers).
 */
@Service
public class StaffDirectory {

  private final StaffUserRepository users;
  private final AuditLog auditLog;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  StaffDirectory(
      StaffUserRepository users,
      AuditLog auditLog,
      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.users = users;
    this.auditLog = auditLog;
    this.jdbc = jdbc;
  }

  /** How to write to the user, for background work such as referrer feedback. */
  @Transactional(readOnly = true)
  public Optional<StaffContact> contactFor(String username) {
    return users.findByUsername(username == null ? "" : username).map(StaffDirectory::contact);
  }

  /** Everyone who holds the practitioner role, by name, with what their caseload can hold. */
  @Transactional(readOnly = true)
  public List<WorkerProfile> workers() {
    return users.findAllByOrderByUsername().stream()
        .filter(u -> u.roles().contains(Role.PRACTITIONER) && u.enabled())
        .map(u -> u.workerProfile(teamNames(u.username())))
        .sorted(java.util.Comparator.comparing(WorkerProfile::displayName))
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<WorkerProfile> worker(String username) {
    return users
        .findByUsername(username == null ? "" : username)
        .filter(u -> u.roles().contains(Role.PRACTITIONER))
        .map(u -> u.workerProfile(teamNames(u.username())));
  }

  /**
   * A manager sets a practitioner's working hours, caseload limit (null: the default) and skills.
   */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public void changeWorker(
      String username,
      java.math.BigDecimal fte,
      Integer limit,
      java.util.Set<org.stepwise.programme.Condition> skills) {
    var user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new IllegalArgumentException("No such worker"));
    user.changeWorkerProfile(fte, limit, skills);
    users.save(user);
    auditLog.record(AuditAction.UPDATE, "staff-user", user.id(), "worker profile");
  }

  /** The names of the teams a worker is in, joined, or null when they are in none. */
  private String teamNames(String username) {
    var names =
        jdbc.sql(
                "select t.name from team t join team_member m on m.team_id = t.id"
                    + " where lower(m.username) = lower(:u) order by lower(t.name)")
            .param("u", username)
            .query(String.class)
            .list();
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** The signed-in user's own details. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public StaffContact mine() {
    return contactFor(currentUser()).orElseThrow();
  }

  /** The signed-in user changes how the service writes to them. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void changeMine(String email, List<String> address, ContactPreference preference) {
    var user = users.findByUsername(currentUser()).orElseThrow();
    user.changeContact(email, address == null ? null : String.join("\n", address), preference);
    users.save(user);
    auditLog.record(AuditAction.UPDATE, "staff-user", user.id(), "contact details");
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  private static StaffContact contact(StaffUser user) {
    return new StaffContact(
        user.username(),
        user.displayName(),
        user.email(),
        user.postalAddress() == null ? List.of() : Arrays.asList(user.postalAddress().split("\n")),
        user.contactPreference());
  }
}
