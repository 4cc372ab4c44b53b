package org.stepwise.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The per-client token bucket: bursts up to capacity, then the rate, with an honest Retry-After.
 */
class ApiLimitsTest {

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aBurstIsAllowedThenTheRateAndTheWaitIsSaid() {
    var clock = new MovableClock();
    var bucket = new ApiLimits.TokenBucket(2, 4, clock);
    for (int i = 0; i < 4; i++) {
      assertThat(bucket.take()).isZero();
    }
    assertThat(bucket.take()).isEqualTo(1);
    clock.now = clock.now.plus(Duration.ofMillis(500));
    assertThat(bucket.take()).isZero();
    assertThat(bucket.take()).isEqualTo(1);
    clock.now = clock.now.plus(Duration.ofSeconds(10));
    for (int i = 0; i < 4; i++) {
      assertThat(bucket.take()).isZero();
    }
    assertThat(bucket.take()).isPositive();
  }
}
