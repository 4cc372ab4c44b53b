package org.stepwise.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.stepwise.MovableClock;
import org.stepwise.StepwiseIntegrationTest;

/**
 * The token buckets in PostgreSQL: bursts up to capacity, then the rate, with an honest
 * Retry-After; two nodes (two instances on one database) share one bucket.
 */
@StepwiseIntegrationTest
class RateBucketsIT {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aBurstIsAllowedThenTheRateAndTheWaitIsSaid() {
    var clock = new MovableClock();
    var bucket = new RateBuckets(jdbc, transactions, clock);
    var subject = "test:" + UUID.randomUUID();
    for (int i = 0; i < 4; i++) {
      assertThat(bucket.take(subject, 2, 4)).isZero();
    }
    assertThat(bucket.take(subject, 2, 4)).isEqualTo(1);
    clock.advance(Duration.ofMillis(500));
    assertThat(bucket.take(subject, 2, 4)).isZero();
    assertThat(bucket.take(subject, 2, 4)).isEqualTo(1);
    clock.advance(Duration.ofSeconds(10));
    for (int i = 0; i < 4; i++) {
      assertThat(bucket.take(subject, 2, 4)).isZero();
    }
    assertThat(bucket.take(subject, 2, 4)).isPositive();
    assertThat(bucket.take(subject, 0.1, 4)).as("a slow bucket says a longer wait").isEqualTo(10);
  }

  @Test
  void twoNodesShareOneBucket() {
    var clock = new MovableClock();
    var one = new RateBuckets(jdbc, transactions, clock);
    var other = new RateBuckets(jdbc, transactions, clock);
    var subject = "test:" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      assertThat(one.take(subject, 1, 6)).isZero();
      assertThat(other.take(subject, 1, 6)).isZero();
    }
    assertThat(one.take(subject, 1, 6)).isPositive();
    assertThat(other.take(subject, 1, 6)).isPositive();
  }
}
