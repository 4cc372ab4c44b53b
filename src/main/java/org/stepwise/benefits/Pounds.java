package org.stepwise.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How money and percentages are written on better-off pages: {@code £1,234.56}, {@code 55%}. */
public final class Pounds {

  private Pounds() {}

  /** Pounds and pence, rounded half up to the nearest penny; never null. */
  public static String format(BigDecimal amount) {
    var pattern = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    var pence = amount.setScale(2, RoundingMode.HALF_UP);
    return (pence.signum() < 0 ? "-£" : "£") + pattern.format(pence.abs());
  }

  /** A percentage without needless decimals: {@code 55%}, {@code 12.5%}. */
  public static String percent(BigDecimal percent) {
    return plain(percent) + "%";
  }

  /** A number without needless decimals: {@code 16}, {@code 37.5}. */
  public static String plain(BigDecimal number) {
    var stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
