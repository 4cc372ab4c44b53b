package org.stepwise.benefits;

import java.math.BigDecimal;
import org.stepwise.site.Money;

/** How money and percentages are written on better-off pages (the house style in {@link Money}). */
public final class Pounds {

  private Pounds() {}

  /** Pounds and pence, rounded half up to the nearest penny; never null. */
  public static String format(BigDecimal amount) {
    return Money.pounds(amount);
  }

  /** A percentage without needless decimals: {@code 55%}, {@code 12.5%}. */
  public static String percent(BigDecimal percent) {
    return Money.percent(percent);
  }

  /** A number without needless decimals: {@code 16}, {@code 37.5}. */
  public static String plain(BigDecimal number) {
    return Money.plain(number);
  }
}
