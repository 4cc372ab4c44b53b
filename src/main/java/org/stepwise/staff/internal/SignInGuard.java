package org.stepwise.staff.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and says when a subject is locked out. Two kinds of subject are counted:
 * the typed username, whether or not an account has it (so "locked" never tells a caller which
 * names exist), and the source address (an IPv6 address by its /64, where one household or attacker
 * holds many addresses). Each failure is one atomic row update in PostgreSQL, so fifty failures
 * sent at once are fifty counts on every node, and none of them is lost to an optimistic-lock
 * conflict.
 *
 * <p>Subjects are kept only as keyed hashes (HMAC-SHA-256 with a key made once per installation),
 * never as typed: a username box sometimes holds a password, and an unsalted hash of an IPv4
 * address is reversed in seconds. Rows outside the window are deleted as new failures arrive.
 */
@Component
public class SignInGuard {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int accountFailures;
  private final int addressFailures;
  private final Duration window;
  private final Duration lockFor;
  private volatile byte[] key;

  SignInGuard(
      JdbcClient jdbc,
      Clock clock,
      @Value("${stepwise.sign-in.account-failures:5}") int accountFailures,
      @Value("${stepwise.sign-in.address-failures:100}") int addressFailures,
      @Value("${stepwise.sign-in.window:PT15M}") Duration window,
      @Value("${stepwise.sign-in.lock-for:PT15M}") Duration lockFor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accountFailures = accountFailures;
    this.addressFailures = addressFailures;
    this.window = window;
    this.lockFor = lockFor;
  }

  /** How long a locked subject waits, for the sign-in page's words. */
  Duration lockFor() {
    return lockFor;
  }

  /** Counts one failed sign-in for the typed username and for the address it came from. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFailure(String username, String address) {
    var now = clock.instant();
    jdbc.sql(
            "delete from sign_in_failure where window_started < :before"
                + " and (locked_until is null or locked_until < :now)")
        .param("before", Timestamp.from(now.minus(window)))
        .param("now", Timestamp.from(now))
        .update();
    count(userSubject(username), accountFailures, now);
    if (address != null) {
      count(addressSubject(address), addressFailures, now);
    }
  }

  /** Clears the username's count after a successful sign-in (the address keeps its count). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSuccess(String username) {
    jdbc.sql("delete from sign_in_failure where subject = :s")
        .param("s", userSubject(username))
        .update();
  }

  /** True while the username or the address is locked out. */
  @Transactional(readOnly = true)
  public boolean locked(String username, String address) {
    return lockedUntil(username).isPresent()
        || (address != null && lockedUntilFor(addressSubject(address)).isPresent());
  }

  /** When the username's lock ends, if it is locked now. */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String username) {
    return lockedUntilFor(userSubject(username));
  }

  private Optional<Instant> lockedUntilFor(String subject) {
    var now = clock.instant();
    return jdbc.sql("select locked_until from sign_in_failure where subject = :s")
        .param("s", subject)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant)
        .filter(until -> until.isAfter(now));
  }

  /**
   * One statement: a new row, or one more failure in the current window (a fresh count once the
   * window has passed), locking the subject when the count reaches the limit. PostgreSQL's row lock
   * on the conflicting row serialises parallel failures, so every one is counted.
   */
  private void count(String subject, int limit, Instant now) {
    jdbc.sql(
            """
            insert into sign_in_failure as f (subject, failures, window_started, locked_until)
            values (:s, 1, :now,
                    case when 1 >= :limit then cast(:until as timestamptz) end)
            on conflict (subject) do update set
              failures = case when f.window_started < :windowStart then 1 else f.failures + 1 end,
              window_started =
                case when f.window_started < :windowStart
                     then cast(:now as timestamptz) else f.window_started end,
              locked_until =
                case
                  when f.locked_until is not null and f.locked_until > :now then f.locked_until
                  when (case when f.window_started < :windowStart then 1 else f.failures + 1 end)
                       >= :limit then cast(:until as timestamptz)
                  else f.locked_until
                end
            """)
        .param("s", subject)
        .param("now", Timestamp.from(now))
        .param("windowStart", Timestamp.from(now.minus(window)))
        .param("until", Timestamp.from(now.plus(lockFor)))
        .param("limit", limit)
        .update();
  }

  private String userSubject(String username) {
    return "user:" + hash(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }

  private String addressSubject(String address) {
    return "address:" + hash(network(address));
  }

  /** An IPv4 address as it is; an IPv6 address by its first 64 bits. */
  static String network(String address) {
    if (address == null || !address.contains(":")) {
      return address;
    }
    try {
      var bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private String hash(String value) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /** The installation's key, read once: it never changes, so every node reads the same. */
  private byte[] key() {
    var known = key;
    if (known == null) {
      known =
          jdbc.sql("select key from sign_in_key where id = 1")
              .query(String.class)
              .single()
              .getBytes(StandardCharsets.UTF_8);
      key = known;
    }
    return known;
  }
}
