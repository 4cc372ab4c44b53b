package org.stepwise.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;

/**
 * Works out weekly income out of work and in work for a single person on Universal Credit, and
 * writes down each step. Intermediate figures keep their full precision; the sentences and the two
 * totals are rounded half up to the penny.
 *
 * <p>Out of work: the maximum Universal Credit (standard allowance, LCWRA element, housing costs)
 * as a weekly figure (× 12 ÷ 52), plus other income.
 *
 * <p>In work: earnings (hours × pay) less basic-rate income tax and employee National Insurance
 * above their yearly thresholds; take-home pay as a monthly figure (× 52 ÷ 12); Universal Credit
 * goes down by the taper rate for every pound of that above the work allowance (none unless
 * responsible for a child or with limited capability for work; the lower one when Universal Credit
 * includes housing costs); then plus other income, less work costs.
 *
 * <p>The LCWRA element is the new claimant rate or the protected rate (claims before 6 April 2026,
 * severe conditions criteria, terminally ill), as the answers say.
 *
 * <p>Left out ({@link #NOT_MODELLED}): couples, savings, the childcare element, higher-rate tax,
 * Scottish income tax rates, National Insurance at 2% above the upper earnings limit, the lower
 * work allowance for people in temporary accommodation arranged by the council, pension
 * contributions, the benefit cap and other benefits. Pure Java: no Spring, no database.
 */
public final class BetterOffCalculation {

  /** What the estimate leaves out, as pages list it. */
  public static final java.util.List<String> NOT_MODELLED =
      java.util.List.of(
          "couples, savings, the childcare element, the benefit cap and other benefits",
          "income tax above the basic rate, and Scottish income tax rates: everyone is taxed at"
              + " the one basic rate",
          "National Insurance at 2% on earnings above the upper earnings limit (£50,270 a year):"
              + " all earnings above the threshold are charged at the main rate",
          "the lower work allowance for someone living in temporary accommodation arranged by"
              + " their council because they are homeless: it is used only when Universal Credit"
              + " includes housing costs",
          "pension contributions");

  private static final int SCALE = 10;
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal WEEKS = new BigDecimal("52");
  private static final BigDecimal MONTHS = new BigDecimal("12");

  private BetterOffCalculation() {}

  /**
   * The estimate for these answers under these rules.
   *
   * @throws IllegalArgumentException when the rules or the answers could not be used (see {@link
   *     BenefitRules#check()} and {@link BetterOffInputs#check()})
   */
  public static BetterOff calculate(BenefitRules rules, BetterOffInputs in) {
    if (rules == null || in == null) {
      throw new IllegalArgumentException("Both the rules and the answers are needed");
    }
    rules.check();
    in.check();

    var out = new ArrayList<String>();
    var standard = in.aged25OrOver() ? rules.ucStandard25Plus() : rules.ucStandardUnder25();
    out.add(
        "Universal Credit standard allowance for a single person "
            + (in.aged25OrOver() ? "aged 25 or over" : "under 25")
            + ": "
            + money(standard)
            + " a month.");
    var maximum = standard;
    if (in.lcwra().applies()) {
      var protectedRate = in.lcwra() == BetterOffInputs.Lcwra.PROTECTED;
      var element = protectedRate ? rules.ucLcwraProtected() : rules.ucLcwraElement();
      var oneRate =
          in.lcwra() == BetterOffInputs.Lcwra.ONE_RATE
              || rules.ucLcwraElement().compareTo(rules.ucLcwraProtected()) == 0;
      maximum = maximum.add(element);
      out.add(
          "Plus the limited capability for work and work-related activity (LCWRA) element"
              + (oneRate
                  ? ""
                  : protectedRate ? " at the protected rate" : " at the new claimant rate")
              + ": "
              + money(element)
              + " a month.");
    }
    if (in.housingCostsMonthly().signum() > 0) {
      maximum = maximum.add(in.housingCostsMonthly());
      out.add("Plus housing costs: " + money(in.housingCostsMonthly()) + " a month.");
    }
    out.add("Maximum Universal Credit: " + money(maximum) + " a month.");
    var ucOutWeekly = weekly(maximum);
    out.add(
        "As a weekly figure: "
            + money(maximum)
            + " × 12 months ÷ 52 weeks = "
            + money(ucOutWeekly)
            + " a week.");
    if (in.otherIncomeWeekly().signum() > 0) {
      out.add(
          "Plus other income not affected by work: " + money(in.otherIncomeWeekly()) + " a week.");
    }
    var totalOut = pence(ucOutWeekly.add(in.otherIncomeWeekly()));
    out.add("Total out of work: " + money(totalOut) + " a week.");

    var work = new ArrayList<String>();
    var grossWeekly = in.hoursWeekly().multiply(in.hourlyPay());
    var grossYearly = grossWeekly.multiply(WEEKS);
    work.add(
        "Earnings before tax: "
            + hours(in.hoursWeekly())
            + " × "
            + money(in.hourlyPay())
            + " an hour = "
            + money(grossWeekly)
            + " a week, which is "
            + money(grossYearly)
            + " a year (× 52).");
    var taxYearly =
        deduction(
            work,
            "Income tax",
            grossYearly,
            rules.personalAllowanceYearly(),
            "personal allowance",
            rules.basicRatePercent());
    var niYearly =
        deduction(
            work,
            "National Insurance",
            grossYearly,
            rules.niThresholdYearly(),
            "threshold",
            rules.niRatePercent());
    var netYearly = grossYearly.subtract(taxYearly).subtract(niYearly);
    var netWeekly = netYearly.divide(WEEKS, SCALE, RoundingMode.HALF_UP);
    var netMonthly = netYearly.divide(MONTHS, SCALE, RoundingMode.HALF_UP);
    work.add(
        "Take-home pay: "
            + money(grossWeekly)
            + " − "
            + money(perWeek(taxYearly))
            + " − "
            + money(perWeek(niYearly))
            + " = "
            + money(netWeekly)
            + " a week, which is "
            + money(netMonthly)
            + " a month (× 52 ÷ 12).");

    var allowance = BigDecimal.ZERO;
    if (in.childOrLimitedCapability() || in.lcwra().applies()) {
      var withHousing = in.housingCostsMonthly().signum() > 0;
      allowance =
          withHousing ? rules.workAllowanceWithHousing() : rules.workAllowanceWithoutHousing();
      work.add(
          "Work allowance: "
              + money(allowance)
              + " a month, the "
              + (withHousing
                  ? "lower amount because Universal Credit includes housing costs"
                  : "higher amount because Universal Credit includes no housing costs")
              + ". Universal Credit does not go down for take-home pay up to this amount.");
    } else {
      work.add(
          "No work allowance, because they are not responsible for a child and do not have"
              + " limited capability for work. Universal Credit goes down from the first pound of"
              + " take-home pay.");
    }
    var above = netMonthly.subtract(allowance).max(BigDecimal.ZERO);
    work.add(
        "Take-home pay above the work allowance: "
            + money(netMonthly)
            + " − "
            + money(allowance)
            + (above.signum() == 0 ? ", which is nothing." : " = " + money(above) + " a month."));
    var reduction = rate(rules.taperPercent()).multiply(above);
    work.add(
        "Universal Credit goes down by "
            + Pounds.percent(rules.taperPercent())
            + " of that: "
            + money(reduction)
            + " a month.");
    var ucInMonthly = maximum.subtract(reduction).max(BigDecimal.ZERO);
    var ucInWeekly = weekly(ucInMonthly);
    if (ucInMonthly.signum() == 0) {
      work.add(
          "Universal Credit in work: none, because the reduction ("
              + money(reduction)
              + ") is at least the maximum Universal Credit ("
              + money(maximum)
              + ").");
    } else {
      work.add(
          "Universal Credit in work: "
              + money(maximum)
              + " − "
              + money(reduction)
              + " = "
              + money(ucInMonthly)
              + " a month, which is "
              + money(ucInWeekly)
              + " a week (× 12 ÷ 52).");
    }
    if (in.otherIncomeWeekly().signum() > 0) {
      work.add(
          "Plus other income not affected by work: " + money(in.otherIncomeWeekly()) + " a week.");
    }
    if (in.workCostsWeekly().signum() > 0) {
      work.add("Less work costs: " + money(in.workCostsWeekly()) + " a week.");
    }
    var totalIn =
        pence(netWeekly.add(ucInWeekly).add(in.otherIncomeWeekly()).subtract(in.workCostsWeekly()));
    work.add(
        "Total in work: "
            + money(netWeekly)
            + " take-home pay + "
            + money(ucInWeekly)
            + " Universal Credit"
            + (in.otherIncomeWeekly().signum() > 0
                ? " + " + money(in.otherIncomeWeekly()) + " other income"
                : "")
            + (in.workCostsWeekly().signum() > 0
                ? " − " + money(in.workCostsWeekly()) + " work costs"
                : "")
            + " = "
            + money(totalIn)
            + " a week.");

    return new BetterOff(totalOut, totalIn, totalIn.subtract(totalOut), out, work);
  }

  /** Tax or National Insurance at one rate on yearly earnings above a threshold: the yearly sum. */
  private static BigDecimal deduction(
      ArrayList<String> work,
      String name,
      BigDecimal grossYearly,
      BigDecimal threshold,
      String thresholdName,
      BigDecimal percent) {
    var taxable = grossYearly.subtract(threshold).max(BigDecimal.ZERO);
    if (taxable.signum() == 0) {
      work.add(
          name
              + ": none, because "
              + money(grossYearly)
              + " a year is not more than the "
              + thresholdName
              + " of "
              + money(threshold)
              + ".");
      return BigDecimal.ZERO;
    }
    if (percent.signum() == 0) {
      work.add(name + ": none, because the rate is 0%.");
      return BigDecimal.ZERO;
    }
    var yearly = rate(percent).multiply(taxable);
    work.add(
        name
            + ": "
            + Pounds.percent(percent)
            + " of "
            + money(taxable)
            + " (earnings over the "
            + money(threshold)
            + " "
            + thresholdName
            + ") = "
            + money(yearly)
            + " a year, which is "
            + money(perWeek(yearly))
            + " a week (÷ 52).");
    return yearly;
  }

  private static BigDecimal perWeek(BigDecimal yearly) {
    return yearly.divide(WEEKS, SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal weekly(BigDecimal monthly) {
    return monthly.multiply(MONTHS).divide(WEEKS, SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal rate(BigDecimal percent) {
    return percent.divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal pence(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static String money(BigDecimal amount) {
    return Pounds.format(amount);
  }

  private static String hours(BigDecimal hours) {
    return Pounds.plain(hours) + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
  }
}
