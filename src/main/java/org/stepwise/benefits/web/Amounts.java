package org.stepwise.benefits.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.stepwise.site.ErrorSummary;

/**
 * Reads an amount typed into a form, such as {@code £1,234.50}, {@code 37.5} or {@code 55%}, and
 * says plainly what is wrong with it.
 */
final class Amounts {

  private Amounts() {}

  /** The number typed, without a pound sign, commas, spaces or a percent sign; null if none. */
  static BigDecimal parse(String text) {
    if (text == null) {
      return null;
    }
    var cleaned = text.strip().replace(",", "").replace(" ", "");
    if (cleaned.startsWith("£")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.endsWith("%")) {
      cleaned = cleaned.substring(0, cleaned.length() - 1);
    }
    if (cleaned.isEmpty()
        || !cleaned.matches("-?\\d*(\\.\\d*)?")
        || cleaned.equals(".")
        || cleaned.equals("-")
        || cleaned.equals("-.")) {
      return null;
    }
    return new BigDecimal(cleaned);
  }

  /**
   * The amount in the field, or null after adding an error naming it when it is missing, not a
   * number, negative, above {@code max} or has more than two decimal places.
   *
   * @param name how messages name the field, e.g. "Hours a week"
   * @param example the start of the message for a missing or unreadable value
   * @param maxShown {@code max} as messages show it, e.g. "£10,000" or "100"
   */
  static BigDecimal read(
      Map<String, String> values,
      String field,
      String name,
      String example,
      BigDecimal max,
      String maxShown,
      List<ErrorSummary.Entry> errors) {
    var amount = parse(values.get(field));
    String problem = null;
    if (amount == null) {
      problem = example;
    } else if (amount.signum() < 0) {
      problem = name + " must be 0 or more";
    } else if (amount.compareTo(max) > 0) {
      problem = name + " must be " + maxShown + " or less";
    } else if (amount.stripTrailingZeros().scale() > 2) {
      problem = name + " can have no more than 2 decimal places";
    }
    if (problem != null) {
      errors.add(new ErrorSummary.Entry(field, field, problem));
      return null;
    }
    return amount;
  }
}
