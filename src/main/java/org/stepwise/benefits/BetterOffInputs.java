package org.stepwise.benefits;

import java.math.BigDecimal;
import org.stepwise.site.Labelled;

/**
 * What a better-off estimate is told about a single person and the job. Money is in pounds.
 *
 * @param aged25OrOver decides which Universal Credit standard allowance applies
 * @param lcwra which LCWRA element applies, if any; any but {@link Lcwra#NONE} adds it and brings
 *     the work allowance
 * @param childOrLimitedCapability responsible for a child or has limited capability for work:
 *     brings the work allowance
 * @param housingCostsMonthly the housing costs element of their Universal Credit, 0 if none; when
 *     above 0 the lower work allowance applies
 * @param otherIncomeWeekly income that work does not change, such as PIP
 * @param hoursWeekly hours a week in the job, 0 to {@link #MAX_HOURS}
 * @param hourlyPay pay an hour before tax, 0 to {@link #MAX_HOURLY_PAY}
 * @param workCostsWeekly costs of going to work, such as travel or childcare not paid for
 */
public record BetterOffInputs(
    boolean aged25OrOver,
    Lcwra lcwra,
    boolean childOrLimitedCapability,
    BigDecimal housingCostsMonthly,
    BigDecimal otherIncomeWeekly,
    BigDecimal hoursWeekly,
    BigDecimal hourlyPay,
    BigDecimal workCostsWeekly) {

  /**
   * Which limited capability for work and work-related activity (LCWRA) element applies. From 6
   * April 2026 there are two rates.
   */
  public enum Lcwra implements Labelled {
    NONE("No"),
    /** LCWRA on a claim made from 6 April 2026, without the protected rate's conditions. */
    NEW_CLAIMANT("Yes, at the new claimant rate"),
    /** Claims before 6 April 2026, the severe conditions criteria, or terminally ill. */
    PROTECTED("Yes, at the protected rate"),
    /** Only on estimates made before there were two rates: then the answer was just "yes". */
    ONE_RATE("Yes");

    private final String label;

    Lcwra(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    /** Whether it adds an LCWRA element. */
    public boolean applies() {
      return this != NONE;
    }
  }

  public static final BigDecimal MAX_HOURS = new BigDecimal("100");
  public static final BigDecimal MAX_HOURLY_PAY = new BigDecimal("1000");

  /** The most that housing costs, other income or work costs may be. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000");

  /**
   * Refuses answers the estimate cannot use.
   *
   * @throws IllegalArgumentException naming the first answer that is missing, negative, too large
   *     or in fractions of a penny (or of an hour beyond two decimal places)
   */
  public void check() {
    if (lcwra == null) {
      throw new IllegalArgumentException("Say which LCWRA element applies, if any");
    }
    within(housingCostsMonthly, MAX_AMOUNT, "Housing costs");
    within(otherIncomeWeekly, MAX_AMOUNT, "Other income");
    within(hoursWeekly, MAX_HOURS, "Hours a week");
    within(hourlyPay, MAX_HOURLY_PAY, "Pay an hour");
    within(workCostsWeekly, MAX_AMOUNT, "Work costs");
  }

  private static void within(BigDecimal value, BigDecimal max, String name) {
    if (value == null
        || value.signum() < 0
        || value.compareTo(max) > 0
        || value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          name
              + " must be a number from 0 to "
              + Pounds.plain(max)
              + ", with at most 2 decimal places");
    }
  }
}
