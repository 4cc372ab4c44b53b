package org.stepwise.fhir.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets in PostgreSQL, shared by every node: a subject may make {@code capacity} requests
 * at once and then {@code rate} a second. Each request is one atomic upsert of the subject's row
 * (PostgreSQL's row lock orders requests arriving at once on any node, so none is lost), committed
 * with {@code synchronous_commit} off: a crash may forget the last few counts, which a rate limit
 * can afford, and no request waits for the disk.
 */
@Component
class RateBuckets {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  RateBuckets(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Takes one request from the subject's bucket.
   *
   * @param rate requests a second the bucket refills by
   * @param capacity the most it holds (a burst)
   * @return zero when the request may go ahead; otherwise the whole seconds until it may (at least
   *     1)
   */
  long take(String subject, double rate, double capacity) {
    var now = clock.instant();
    var result =
        transactions.execute(
            status -> {
              jdbc.sql("set local synchronous_commit = off").update();
              return jdbc.sql(
                      """
                      insert into api_rate_bucket as b (subject, tokens, refilled_at, granted)
                      values (:s, cast(:capacity as double precision) - 1, :now, true)
                      on conflict (subject) do update set
                        granted = least(:capacity, b.tokens + :rate * greatest(0,
                            extract(epoch from (cast(:now as timestamptz) - b.refilled_at)))) >= 1,
                        tokens = least(:capacity, b.tokens + :rate * greatest(0,
                            extract(epoch from (cast(:now as timestamptz) - b.refilled_at))))
                          - case when least(:capacity, b.tokens + :rate * greatest(0,
                            extract(epoch from (cast(:now as timestamptz) - b.refilled_at)))) >= 1
                            then 1 else 0 end,
                        refilled_at = greatest(b.refilled_at, cast(:now as timestamptz))
                      returning granted, tokens, xmax = 0 as inserted""")
                  .param("s", subject)
                  .param("capacity", capacity)
                  .param("rate", rate)
                  .param("now", Timestamp.from(now))
                  .query(
                      (r, n) ->
                          new Taken(
                              r.getBoolean("granted"),
                              r.getDouble("tokens"),
                              r.getBoolean("inserted")))
                  .single();
            });
    if (result.inserted()) {
      // A new subject: drop the buckets that have been full for a while (as good as no row).
      forgetIdle(now.minus(Duration.ofHours(1)));
    }
    if (result.granted()) {
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - result.tokens()) / rate));
  }

  private record Taken(boolean granted, double tokens, boolean inserted) {}

  private void forgetIdle(java.time.Instant before) {
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("set local synchronous_commit = off").update();
          jdbc.sql("delete from api_rate_bucket where refilled_at < :before")
              .param("before", Timestamp.from(before))
              .update();
        });
  }
}
