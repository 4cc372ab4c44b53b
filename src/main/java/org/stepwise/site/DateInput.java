package org.stepwise.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Reads a GOV.UK date input (three boxes named {@code <prefix>-day}, {@code -month}, {@code -year})
 * from submitted form values. Pair with the {@code fragments/form :: dateInput} fragment.
 */
public final class DateInput {

  private DateInput() {}

  /**
   * The date typed, or null when it is not a real date from {@link DateField#EARLIEST} to {@link
   * DateField#LATEST}.
   */
  public static LocalDate parse(Map<String, String> values, String prefix) {
    try {
      var date =
          LocalDate.of(
              Integer.parseInt(values.getOrDefault(prefix + "-year", "").trim()),
              Integer.parseInt(values.getOrDefault(prefix + "-month", "").trim()),
              Integer.parseInt(values.getOrDefault(prefix + "-day", "").trim()));
      return date.isBefore(DateField.EARLIEST) || date.isAfter(DateField.LATEST) ? null : date;
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** True when all three boxes are empty. */
  public static boolean blank(Map<String, String> values, String prefix) {
    return values.getOrDefault(prefix + "-day", "").isBlank()
        && values.getOrDefault(prefix + "-month", "").isBlank()
        && values.getOrDefault(prefix + "-year", "").isBlank();
  }

  /** The three boxes filled in with the given date. */
  public static Map<String, String> of(String prefix, LocalDate date) {
    return Map.of(
        prefix + "-day", "" + date.getDayOfMonth(),
        prefix + "-month", "" + date.getMonthValue(),
        prefix + "-year", "" + date.getYear());
  }
}
