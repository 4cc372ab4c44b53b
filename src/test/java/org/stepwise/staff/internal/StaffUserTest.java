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
  void locksAfterFiveFailedSignInsInARowForFifteenMinutes() {
    var user = user();
    for (int i = 0; i < 4; i++) {
      user.recordFailedSignIn(now);
    }
    assertThat(user.isLocked(now)).isFalse();
    user.recordFailedSignIn(now);
    assertThat(user.isLocked(now)).isTrue();
    assertThat(user.isLocked(now.plusSeconds(14 * 60))).isTrue();
    assertThat(user.isLocked(now.plusSeconds(15 * 60 + 1))).isFalse();
  }

  @Test
  void aSuccessfulSignInClearsTheCount() {
    var user = user();
    for (int i = 0; i < 4; i++) {
      user.recordFailedSignIn(now);
    }
    user.recordSuccessfulSignIn(now);
    user.recordFailedSignIn(now);
    assertThat(user.isLocked(now)).isFalse();
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
