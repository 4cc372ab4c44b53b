package org.stepwise.benefits.web;

import java.math.BigDecimal;

/** Reads an amount typed into a form, such as {@code £1,234.50}, {@code 37.5} or {@code 55%}. */
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
}
