package org.stepwise.staff.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.staff.ContactPreference;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccount;
import org.stepwise.staff.StaffId;

/**
 * A sign-in account. Failed sign-ins are not counted here but in {@code SignInGuard} (one atomic
 * row per subject), so that parallel failures cannot overwrite each other's count.
 *
 * <p>The session version ends sessions: each session remembers the version its user signed in with,
 * and raising it (account disabled, roles changed, password reset or changed) makes every older
 * session end on its next request, on every node.
 */
@Table("staff_user")
public class StaffUser {

  @Id private final UUID id;
  private final String username;
  private String displayName;
  private String email;
  private String passwordHash;
  private Set<Role> roles;
  private boolean enabled;
  private Instant lastSignInAt;
  private boolean mustChangePassword;
  private long sessionVersion;
  private Instant disabledAt;
  private String disabledBy;
  private String postalAddress;
  private ContactPreference contactPreference;
  private java.math.BigDecimal fte;
  private Integer caseloadLimit;
  private Set<org.stepwise.programme.Condition> skills;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  StaffUser(
      UUID id,
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      boolean enabled,
      Instant lastSignInAt) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.roles = roles;
    this.enabled = enabled;
    this.lastSignInAt = lastSignInAt;
  }

  public static StaffUser create(
      String username, String displayName, String email, String passwordHash, Set<Role> roles) {
    requireRoles(roles);
    var user =
        new StaffUser(
            UUID.randomUUID(),
            username.trim().toLowerCase(),
            displayName.trim(),
            email == null || email.isBlank() ? null : email.trim(),
            passwordHash,
            EnumSet.copyOf(roles),
            true,
            null);
    user.contactPreference = ContactPreference.EMAIL;
    user.fte = java.math.BigDecimal.ONE;
    user.skills = java.util.EnumSet.noneOf(org.stepwise.programme.Condition.class);
    return user;
  }

  /** Replaces the roles; sessions signed in with the old roles end, so the change holds at once. */
  public void changeRoles(Set<Role> newRoles) {
    requireRoles(newRoles);
    if (!EnumSet.copyOf(newRoles).equals(roles == null ? Set.of() : EnumSet.copyOf(roles))) {
      sessionVersion++;
    }
    this.roles = EnumSet.copyOf(newRoles);
  }

  /** Closes the account: sign-in is refused and every session ends on its next request. */
  public void disable(String by, Instant now) {
    if (!enabled) {
      return;
    }
    enabled = false;
    disabledAt = now;
    disabledBy = by;
    sessionVersion++;
  }

  /** Opens a closed account again. */
  public void enable() {
    enabled = true;
    disabledAt = null;
    disabledBy = null;
  }

  /**
   * An administrator set a temporary password: the user must choose their own when they next sign
   * in, and every session they have now ends.
   */
  public void resetPassword(String newHash) {
    passwordHash = newHash;
    mustChangePassword = true;
    sessionVersion++;
  }

  /** The user chose a new password: their other sessions end. */
  public void changePassword(String newHash) {
    passwordHash = newHash;
    mustChangePassword = false;
    sessionVersion++;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public long sessionVersion() {
    return sessionVersion;
  }

  public Instant disabledAt() {
    return disabledAt;
  }

  /** Changes how the service writes to this user. */
  public void changeContact(String email, String postalAddress, ContactPreference preference) {
    this.email = email == null || email.isBlank() ? null : email.trim();
    this.postalAddress =
        postalAddress == null || postalAddress.isBlank() ? null : postalAddress.trim();
    this.contactPreference = preference == null ? ContactPreference.EMAIL : preference;
  }

  public String email() {
    return email;
  }

  public String postalAddress() {
    return postalAddress;
  }

  public ContactPreference contactPreference() {
    return contactPreference == null ? ContactPreference.EMAIL : contactPreference;
  }

  /** A manager sets working hours, an optional caseload limit and skills. */
  public void changeWorkerProfile(
      java.math.BigDecimal fte, Integer limit, Set<org.stepwise.programme.Condition> skills) {
    if (fte == null || fte.signum() <= 0 || fte.compareTo(java.math.BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "Working hours must be more than 0 and at most full time (1.0)");
    }
    if (limit != null && (limit < 0 || limit > 200)) {
      throw new IllegalArgumentException("A caseload limit must be from 0 to 200");
    }
    this.fte = fte;
    this.caseloadLimit = limit;
    this.skills =
        skills == null || skills.isEmpty()
            ? java.util.EnumSet.noneOf(org.stepwise.programme.Condition.class)
            : java.util.EnumSet.copyOf(skills);
  }

  /**
   * @param team the names of the worker's teams, or null when they are in none
   */
  public org.stepwise.staff.WorkerProfile workerProfile(String team) {
    return new org.stepwise.staff.WorkerProfile(
        username,
        displayName,
        fte == null ? java.math.BigDecimal.ONE : fte,
        caseloadLimit,
        skills == null ? Set.of() : Set.copyOf(skills),
        team);
  }

  /**
   * The account as administrators see it.
   *
   * @param lockedUntil when a lock-out after failed sign-ins ends, or null
   */
  public StaffAccount toAccount(Instant lockedUntil) {
    return new StaffAccount(
        new StaffId(id),
        username,
        displayName,
        email,
        Set.copyOf(roles),
        enabled,
        lastSignInAt,
        lockedUntil,
        disabledAt,
        mustChangePassword);
  }

  private static void requireRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one role");
    }
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean enabled() {
    return enabled;
  }
}
