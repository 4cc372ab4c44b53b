package org.stepwise.demo.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.database.DemoClock;
import org.stepwise.database.DemoData;
import org.stepwise.triage.Triage;
import org.stepwise.triage.TriageId;

/**
 * Plays the demo's casework through the application on the first demo start: the demo clock is set
 * to each moment in turn, the action of that moment runs in its own transaction as the worker who
 * did it, and the listeners it sets off (letters, work items) finish before the clock moves on. So
 * everything the demo shows was done the way a worker does it, on the day it says.
 *
 * <p>Runs after the demo referrals (whose accepted referrals join triage through the triage
 * module's own listener, which it waits for). Without the demo clock (a test that brings its own
 * clock) it loads nothing.
 */
@Component
@Order(50)
class DemoCasework implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoCasework.class);
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final DemoData demoData;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;
  private final Triage triage;
  private final DemoStories stories;

  DemoCasework(
      DemoData demoData,
      Clock clock,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      Triage triage,
      DemoStories stories) {
    this.demoData = demoData;
    this.clock = clock;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.triage = triage;
    this.stories = stories;
  }

  /** One thing a worker did, at a moment in the past. */
  record Step(Instant at, int sequence, String user, String role, Runnable action) {}

  @Override
  public void run(ApplicationArguments args) {
    if (!demoData.enabled()) {
      return;
    }
    if (!(clock instanceof DemoClock demoClock)) {
      log.info("No demo clock: the demo's casework is not loaded");
      return;
    }
    if (!Boolean.TRUE.equals(transactions.execute(s -> demoData.claimFirstLoad("casework")))) {
      return;
    }
    awaitListeners(Duration.ofSeconds(60));
    var today = LocalDate.now(clock.withZone(LONDON));
    var steps = new ArrayList<>(stories.steps(new Calendar(today), this::triageId));
    steps.sort(Comparator.comparing(Step::at).thenComparing(Step::sequence));
    try {
      if (!steps.isEmpty() && steps.getLast().at().isAfter(clock.instant())) {
        throw new IllegalStateException("A demo step is in the future: " + steps.getLast());
      }
      for (var step : steps) {
        demoClock.travelTo(step.at());
        as(
            step.user(),
            step.role(),
            () -> transactions.executeWithoutResult(s -> step.action().run()));
        awaitListeners(Duration.ofSeconds(20));
      }
      log.info("Loaded the demo's casework: {} steps", steps.size());
    } catch (RuntimeException e) {
      log.error("The demo's casework stopped part way; it is not tried again", e);
    } finally {
      demoClock.resume();
    }
  }

  private TriageId triageId(String fullName) {
    return triage.toTriage().stream()
        .filter(t -> t.fullName().equals(fullName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(fullName + " is not waiting for triage"))
        .id();
  }

  /**
   * Listeners still to run or running, from the event outbox (Spring Modulith's publication
   * registry, which belongs to no module). Failed ones are left out: they will not finish by
   * waiting.
   */
  private long pending() {
    return jdbc.sql(
            "select count(*) from event_publication where completion_date is null"
                + " and status is distinct from 'FAILED'")
        .query(Long.class)
        .single();
  }

  /** Waits until every listener set off so far has finished (or the time is up). */
  private void awaitListeners(Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline) {
      if (pending() == 0) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    log.warn("Demo casework: listeners still running after {}", atMost);
  }

  private static void as(String user, String role, Runnable work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    SecurityContextHolder.setContext(context);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** Days counted from today (London), as the stories use them. */
  record Calendar(LocalDate today) {

    /** The moment {@code daysAgo} calendar days before today at the given time. */
    Instant at(int daysAgo, int hour, int minute) {
      return on(today.minusDays(daysAgo), hour, minute);
    }

    /**
     * The moment {@code workingDays} working days (Monday to Friday) before today at the given
     * time: a larger number is always an earlier day, so a story told in working days keeps its
     * order.
     */
    Instant workday(int workingDays, int hour, int minute) {
      var day = today;
      for (int left = workingDays; left > 0; ) {
        day = day.minusDays(1);
        if (!weekend(day)) {
          left--;
        }
      }
      return on(day, hour, minute);
    }

    /** A working day {@code workingDays} working days from today (0: today, or Monday). */
    Instant ahead(int workingDays, int hour, int minute) {
      var day = today;
      while (weekend(day)) {
        day = day.plusDays(1);
      }
      for (int left = workingDays; left > 0; ) {
        day = day.plusDays(1);
        if (!weekend(day)) {
          left--;
        }
      }
      return on(day, hour, minute);
    }

    LocalDate date(Instant at) {
      return at.atZone(LONDON).toLocalDate();
    }

    private static Instant on(LocalDate day, int hour, int minute) {
      return day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    private static boolean weekend(LocalDate day) {
      return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
  }
}
