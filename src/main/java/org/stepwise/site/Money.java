package org.stepwise.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How money and percentages are written: {@code £1,234.56}, {@code 55%}, {@code 37.5}. In templates
 * as {@code #money}: {@code ${#money.pounds(x)}}.
 */
public final class Money {

  private Money() {}

  /** Pounds and pence, rounded half up to the nearest penny; "" for null. */
  public static String pounds(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    var pattern = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    var pence = amount.setScale(2, RoundingMode.HALF_UP);
    return (pence.signum() < 0 ? "-£" : "£") + pattern.format(pence.abs());
  }

  /** A percentage without needless decimals: {@code 55%}, {@code 12.5%}; "" for null. */
  public static String percent(BigDecimal percent) {
    return percent == null ? "" : plain(percent) + "%";
  }

  /** A number without needless decimals: {@code 16}, {@code 37.5}; "" for null. */
  public static String plain(BigDecimal number) {
    if (number == null) {
      return "";
    }
    var stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
