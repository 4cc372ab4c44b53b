package org.stepwise.site;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A GOV.UK date input exactly as typed: three boxes, bound from request parameters named {@code
 * <field>.day}, {@code <field>.month} and {@code <field>.year}. Keeps what was typed, so a form
 * shown again with errors shows the same boxes. Pair with {@code fragments/form :: date} and check
 * it with {@link RealDate}.
 *
 * <p>Only dates from {@link #EARLIEST} to {@link #LATEST} count as real: every date a person,
 * referral or case can have, and all of them storable by PostgreSQL.
 */
public record DateField(String day, String month, String year) {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  /** Three empty boxes. */
  public static DateField empty() {
    return new DateField("", "", "");
  }

  /** The boxes filled in with a date, or empty for null. */
  public static DateField of(LocalDate date) {
    return date == null
        ? empty()
        : new DateField("" + date.getDayOfMonth(), "" + date.getMonthValue(), "" + date.getYear());
  }

  /** True when all three boxes are empty. */
  public boolean isBlank() {
    return blank(day) && blank(month) && blank(year);
  }

  /** True when some but not all of the boxes are filled in. */
  public boolean isPartial() {
    return !isBlank() && (blank(day) || blank(month) || blank(year));
  }

  /** The date typed, or null when the boxes are blank or do not make a real date. */
  public LocalDate toDate() {
    if (isBlank()) {
      return null;
    }
    try {
      var date =
          LocalDate.of(
              Integer.parseInt(year.trim()),
              Integer.parseInt(month.trim()),
              Integer.parseInt(day.trim()));
      return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
    } catch (NumberFormatException | DateTimeException | NullPointerException e) {
      return null;
    }
  }

  /** Null-safe: the date in a field that may not have been sent at all. */
  public static LocalDate dateIn(DateField field) {
    return field == null ? null : field.toDate();
  }

  private static boolean blank(String box) {
    return box == null || box.isBlank();
  }
}
