package org.stepwise.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in demo mode: the system clock, except while the demo's history is played
 * through the application on the first start, when it runs from an earlier moment so that every
 * service stamps the time the story says. Outside that replay it reads exactly as {@link
 * Clock#systemUTC()}.
 */
public final class DemoClock extends Clock {

  private final Clock system;
  private final ZoneId zone;
  private final Offset offset;

  private static final class Offset {
    private volatile Duration value = Duration.ZERO;
  }

  public DemoClock() {
    this(Clock.systemUTC(), ZoneOffset.UTC, new Offset());
  }

  private DemoClock(Clock system, ZoneId zone, Offset offset) {
    this.system = system;
    this.zone = zone;
    this.offset = offset;
  }

  /** Runs the clock from the given moment on (earlier or later than now), until {@link #resume}. */
  public void travelTo(Instant moment) {
    offset.value = Duration.between(system.instant(), moment);
  }

  /** Back to the system's time. */
  public void resume() {
    offset.value = Duration.ZERO;
  }

  /** True while the clock runs from another moment than the system's. */
  public boolean travelling() {
    return !offset.value.isZero();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new DemoClock(system, newZone, offset);
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset.value);
  }
}
