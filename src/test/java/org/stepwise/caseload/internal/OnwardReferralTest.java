package org.stepwise.caseload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.caseload.OnwardReferrals.Result;
import org.stepwise.site.EditConflict;

class OnwardReferralTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void theSameResultAgainChangesNothingAndAnotherOnAStalePageIsAConflict() {
    var referral =
        OnwardReferral.make(UUID.randomUUID(), UUID.randomUUID(), "Physio", null, null, TODAY);
    assertThat(referral.record(null, Result.WAITING)).as("already waiting").isFalse();
    assertThatThrownBy(() -> referral.record(3L, Result.SEEN)).isInstanceOf(EditConflict.class);
    assertThat(referral.result()).isEqualTo(Result.WAITING);
    assertThat(referral.record(0L, Result.SEEN)).isTrue();
    assertThat(referral.record(0L, Result.SEEN)).as("a second click").isFalse();
  }

  @Test
  void theSameServiceOnTheSameDayIsTheSameReferral() {
    var referral =
        OnwardReferral.make(UUID.randomUUID(), UUID.randomUUID(), " Physio ", null, null, TODAY);
    assertThat(referral.sameAs(" PHYSIO", TODAY)).isTrue();
    assertThat(referral.sameAs("Physio", TODAY.minusDays(1))).isFalse();
    assertThat(referral.sameAs("Psychology", TODAY)).isFalse();
    assertThat(referral.sameAs(null, TODAY)).isFalse();
  }
}
