package org.stepwise.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The house style of dates and times, as GOV.UK writes them, in Europe/London: "2 December 2026",
 * "2 Dec 2026" where space is short, "3:15pm", "midday", "midnight". In templates as {@code #when}:
 * {@code ${#when.date(x)}}. Each method takes an {@link Instant}, {@link LocalDate}, {@link
 * LocalDateTime}, {@link ZonedDateTime} or {@link OffsetDateTime}, and answers "" for null.
 */
public final class Dates {

  /** Where Stepwise's people live: every time is stored in UTC and shown in this zone. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private Dates() {}

  /** "2 December 2026". */
  public static String date(Object when) {
    var day = localDate(when);
    return day == null ? "" : LONG.format(day);
  }

  /** "2 Dec 2026", for tables and lists. */
  public static String shortDate(Object when) {
    var day = localDate(when);
    return day == null ? "" : SHORT.format(day);
  }

  /** "Wednesday 2 December 2026", for appointments. */
  public static String dayAndDate(Object when) {
    var day = localDate(when);
    return day == null ? "" : WEEKDAY.format(day);
  }

  /** "3:15pm", "9am", "midday", "midnight". */
  public static String time(Object when) {
    var time = localTime(when);
    if (time == null) {
      return "";
    }
    if (time.equals(LocalTime.NOON)) {
      return "midday";
    }
    if (time.equals(LocalTime.MIDNIGHT)) {
      return "midnight";
    }
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
    return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
  }

  /** "2 December 2026 at 3:15pm". */
  public static String dateTime(Object when) {
    return when == null ? "" : date(when) + " at " + time(when);
  }

  /** "2 Dec 2026, 3:15pm", for tables. */
  public static String shortDateTime(Object when) {
    return when == null ? "" : shortDate(when) + ", " + time(when);
  }

  /** "2 Dec 2026, 3:15:07pm": to the second, for the access log. */
  public static String preciseDateTime(Object when) {
    var time = localTime(when);
    if (time == null) {
      return "";
    }
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    return shortDate(when)
        + String.format(
            ", %d:%02d:%02d%s",
            hour, time.getMinute(), time.getSecond(), time.getHour() < 12 ? "am" : "pm");
  }

  /** The day in London of any supported value, or null. */
  public static LocalDate localDate(Object when) {
    return switch (when) {
      case null -> null;
      case LocalDate d -> d;
      case LocalDateTime t -> t.toLocalDate();
      case Instant i -> i.atZone(LONDON).toLocalDate();
      case ZonedDateTime z -> z.withZoneSameInstant(LONDON).toLocalDate();
      case OffsetDateTime o -> o.atZoneSameInstant(LONDON).toLocalDate();
      case TemporalAccessor t -> LocalDate.from(t);
      default -> throw new IllegalArgumentException("Not a date: " + when.getClass());
    };
  }

  private static LocalTime localTime(Object when) {
    return switch (when) {
      case null -> null;
      case LocalTime t -> t;
      case LocalDateTime t -> t.toLocalTime();
      case Instant i -> i.atZone(LONDON).toLocalTime();
      case ZonedDateTime z -> z.withZoneSameInstant(LONDON).toLocalTime();
      case OffsetDateTime o -> o.atZoneSameInstant(LONDON).toLocalTime();
      default -> throw new IllegalArgumentException("Not a time: " + when.getClass());
    };
  }
}
