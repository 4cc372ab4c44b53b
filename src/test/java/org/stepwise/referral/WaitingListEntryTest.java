package org.stepwise.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WaitingListEntryTest {

  private static WaitingListEntry waited(Duration duration) {
    return new WaitingListEntry(new ReferralId(UUID.randomUUID()), "SW-AAAA-BBBB", "A B", null,
        null, ReferralSource.GP, Set.of(Condition.CHRONIC_PAIN), EmploymentStatus.NOT_KNOWN,
        Instant.now(), duration);
  }

  @Test
  void saysHowLongSomeoneHasWaitedInWeeksAndDays() {
    assertThat(waited(Duration.ofHours(5)).waitedInWords()).isEqualTo("Today");
    assertThat(waited(Duration.ofDays(1)).waitedInWords()).isEqualTo("1 day");
    assertThat(waited(Duration.ofDays(6)).waitedInWords()).isEqualTo("6 days");
    assertThat(waited(Duration.ofDays(7)).waitedInWords()).isEqualTo("1 week");
    assertThat(waited(Duration.ofDays(15)).waitedInWords()).isEqualTo("2 weeks and 1 day");
    assertThat(waited(Duration.ofDays(38)).waitedInWords()).isEqualTo("5 weeks and 3 days");
  }
}
