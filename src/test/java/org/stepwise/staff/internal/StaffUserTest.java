package org.stepwise.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.staff.Role;

class StaffUserTest {

  private final Instant now = Instant.parse("2026-11-30T10:00:00Z");

  private StaffUser user() {
    return StaffUser.create(" Priya ", "Priya Shah", "", "{bcrypt}x", Set.of(Role.PRACTITIONER));
  }

  @Test
  void storesTheUsernameInLowerCase() {
    assertThat(user().username()).isEqualTo("priya");
  }

  @Test
  void disablingEndsSessionsOnceAndEnablingOpensTheAccountAgain() {
    var user = user();
    long before = user.sessionVersion();
    user.disable("admin", now);
    assertThat(user.enabled()).isFalse();
    assertThat(user.disabledAt()).isEqualTo(now);
    assertThat(user.sessionVersion()).isEqualTo(before + 1);
    user.disable("admin", now.plusSeconds(60));
    assertThat(user.sessionVersion()).as("a second disable changes nothing").isEqualTo(before + 1);
    assertThat(user.disabledAt()).isEqualTo(now);
    user.enable();
    assertThat(user.enabled()).isTrue();
    assertThat(user.disabledAt()).isNull();
  }

  @Test
  void aResetForcesAChangeAndTheChangeClearsIt() {
    var user = user();
    user.resetPassword("{bcrypt}temporary");
    assertThat(user.mustChangePassword()).isTrue();
    assertThat(user.sessionVersion()).isEqualTo(1);
    user.changePassword("{bcrypt}chosen");
    assertThat(user.mustChangePassword()).isFalse();
    assertThat(user.sessionVersion()).isEqualTo(2);
    assertThat(user.passwordHash()).isEqualTo("{bcrypt}chosen");
  }

  @Test
  void onlyARealChangeOfRolesEndsSessions() {
    var user = user();
    user.changeRoles(Set.of(Role.PRACTITIONER));
    assertThat(user.sessionVersion()).isZero();
    user.changeRoles(Set.of(Role.PRACTITIONER, Role.MANAGER));
    assertThat(user.sessionVersion()).isEqualTo(1);
  }

  @Test
  void refusesAnAccountWithoutRoles() {
    assertThatThrownBy(() -> StaffUser.create("x", "X", null, "h", Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    var user = user();
    assertThatThrownBy(() -> user.changeRoles(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
