package org.stepwise.staff.internal;

import java.time.Duration;
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

/** A sign-in account. Throttling state lives here so that it holds across web nodes. */
@Table("staff_user")
public class StaffUser {

  /** Failed sign-ins in a row that lock the account for {@link #LOCK_DURATION}. */
  public static final int MAX_FAILED_SIGN_INS = 5;

  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  @Id private final UUID id;
  private final String username;
  private String displayName;
  private String email;
  private String passwordHash;
  private Set<Role> roles;
  private boolean enabled;
  private int failedSignIns;
  private Instant lockedUntil;
  private Instant lastSignInAt;
  private String postalAddress;
  private ContactPreference contactPreference;
  private java.math.BigDecimal fte;
  private Integer caseloadLimit;
  private Set<org.stepwise.programme.Condition> skills;
  private String team;
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
      int failedSignIns,
      Instant lockedUntil,
      Instant lastSignInAt) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.roles = roles;
    this.enabled = enabled;
    this.failedSignIns = failedSignIns;
    this.lockedUntil = lockedUntil;
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
            0,
            null,
            null);
    user.contactPreference = ContactPreference.EMAIL;
    user.fte = java.math.BigDecimal.ONE;
    user.skills = java.util.EnumSet.noneOf(org.stepwise.programme.Condition.class);
    return user;
  }

  public void changeRoles(Set<Role> newRoles) {
    requireRoles(newRoles);
    this.roles = EnumSet.copyOf(newRoles);
  }

  /** Records a failed sign-in; the fifth in a row locks the account for a while. */
  public void recordFailedSignIn(Instant now) {
    failedSignIns++;
    if (failedSignIns >= MAX_FAILED_SIGN_INS) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedSignIns = 0;
    }
  }

  public void recordSuccessfulSignIn(Instant now) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignInAt = now;
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
  public void changeTeam(String newTeam) {
    this.team = newTeam == null || newTeam.isBlank() ? null : newTeam.trim();
  }

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

  public org.stepwise.staff.WorkerProfile workerProfile() {
    return new org.stepwise.staff.WorkerProfile(
        username,
        displayName,
        fte == null ? java.math.BigDecimal.ONE : fte,
        caseloadLimit,
        skills == null ? Set.of() : Set.copyOf(skills),
        team);
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public StaffAccount toAccount() {
    return new StaffAccount(
        new StaffId(id),
        username,
        displayName,
        email,
        Set.copyOf(roles),
        enabled,
        lastSignInAt,
        lockedUntil);
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
