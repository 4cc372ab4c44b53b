package org.stepwise.referral.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits how many self-referrals one address may send in an hour, so that a flood from one place
 * cannot bury genuine referrals from everyone else. Addresses are stored only as hashes. The count
 * lives in the database, so the limit holds across web nodes.
 */
@Component
public class SelfReferralThrottle {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int maxPerHour;

  SelfReferralThrottle(
      JdbcClient jdbc,
      Clock clock,
      @Value("${stepwise.self-referral.max-per-hour:5}") int maxPerHour) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxPerHour = maxPerHour;
  }

  /** Counts one submission from the address; false when the address has reached its limit. */
  public boolean tryAcquire(String address) {
    String hash = hash(address == null ? "unknown" : address);
    var now = clock.instant();
    long recent =
        jdbc.sql(
                "select count(*) from public_submission where address_hash = :hash and created_at > :since")
            .param("hash", hash)
            .param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
            .query(Long.class)
            .single();
    if (recent >= maxPerHour) {
      return false;
    }
    jdbc.sql("insert into public_submission (address_hash, created_at) values (:hash, :now)")
        .param("hash", hash)
        .param("now", Timestamp.from(now))
        .update();
    return true;
  }

  private static String hash(String address) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(address.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
