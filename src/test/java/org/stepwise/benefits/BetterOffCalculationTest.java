package org.stepwise.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Better-off estimates against examples worked by hand with the 2025/26 figures: Universal Credit
 * standard allowance £316.98 (under 25) or £400.14 (25 or over) a month, LCWRA element £423.27,
 * work allowance £411 (with housing costs) or £684 (without), taper 55%; personal allowance and
 * National Insurance threshold £12,570 a year, basic rate 20%, National Insurance 8%. A week is
 * 12/52 of a month. The 2026/27 examples use the figures shipped for then (see {@code RULES_2026}).
 */
class BetterOffCalculationTest {

  static final BenefitRules RULES_2025 =
      new BenefitRules(
          null,
          LocalDate.of(2025, 4, 6),
          money("316.98"),
          money("400.14"),
          money("423.27"),
          money("423.27"),
          money("411"),
          money("684"),
          money("55"),
          money("12570"),
          money("20"),
          money("12570"),
          money("8"),
          "GOV.UK 2025 to 2026",
          null,
          null,
          null,
          null,
          null,
          null);

  /*
   * The 2026/27 figures: standard allowance £338.58 (under 25) or £424.90 (25 or over); LCWRA
   * £217.26 for new claimants or £429.80 at the protected rate; work allowance £427 (with housing
   * costs) or £710 (without), unconfirmed; taper 55%; tax and National Insurance as in 2025/26.
   */
  static final BenefitRules RULES_2026 =
      new BenefitRules(
          null,
          LocalDate.of(2026, 4, 6),
          money("338.58"),
          money("424.90"),
          money("217.26"),
          money("429.80"),
          money("427"),
          money("710"),
          money("55"),
          money("12570"),
          money("20"),
          money("12570"),
          money("8"),
          "GOV.UK 2026 to 2027",
          "UNCONFIRMED: work allowances",
          null,
          null,
          null,
          null,
          null);

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  static BetterOffInputs inputs(
      boolean over25,
      BetterOffInputs.Lcwra lcwra,
      boolean childOrLcw,
      String housing,
      String otherIncome,
      String hours,
      String pay,
      String workCosts) {
    return new BetterOffInputs(
        over25,
        lcwra,
        childOrLcw,
        money(housing),
        money(otherIncome),
        money(hours),
        money(pay),
        money(workCosts));
  }

  /*
   * 25 or over, no LCWRA, no child, no housing costs, 16 hours at £12.21.
   * Out of work: £400.14 a month × 12 ÷ 52 = £92.34 a week.
   * In work: 16 × £12.21 = £195.36 a week = £10,158.72 a year, under £12,570: no tax, no NI.
   *   Take-home £10,158.72 ÷ 12 = £846.56 a month. No work allowance, so UC goes down by
   *   55% × £846.56 = £465.608, more than £400.14: UC stops.
   *   Total £195.36 a week. Better off by £195.36 − £92.34 = £103.02.
   */
  @Test
  void singleAdultWithNoWorkAllowanceLosesUniversalCreditAtSixteenHoursOnTheNationalLivingWage() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(true, BetterOffInputs.Lcwra.NONE, false, "0", "0", "16", "12.21", "0"));

    assertThat(result.weeklyOutOfWork()).isEqualByComparingTo("92.34");
    assertThat(result.weeklyInWork()).isEqualByComparingTo("195.36");
    assertThat(result.difference()).isEqualByComparingTo("103.02");
    assertThat(result.verdict()).isEqualTo("Better off in work by £103.02 a week");
    assertThat(result.outOfWork())
        .containsExactly(
            "Universal Credit standard allowance for a single person aged 25 or over: £400.14 a month.",
            "Maximum Universal Credit: £400.14 a month.",
            "As a weekly figure: £400.14 × 12 months ÷ 52 weeks = £92.34 a week.",
            "Total out of work: £92.34 a week.");
    assertThat(result.inWork())
        .containsExactly(
            "Earnings before tax: 16 hours × £12.21 an hour = £195.36 a week, which is £10,158.72 a year (× 52).",
            "Income tax: none, because £10,158.72 a year is not more than the personal allowance of £12,570.00.",
            "National Insurance: none, because £10,158.72 a year is not more than the threshold of £12,570.00.",
            "Take-home pay: £195.36 − £0.00 − £0.00 = £195.36 a week, which is £846.56 a month (× 52 ÷ 12).",
            "No work allowance, because they are not responsible for a child and do not have limited"
                + " capability for work. Universal Credit goes down from the first pound of take-home pay.",
            "Take-home pay above the work allowance: £846.56 − £0.00 = £846.56 a month.",
            "Universal Credit goes down by 55% of that: £465.61 a month.",
            "Universal Credit in work: none, because the reduction (£465.61) is at least the maximum"
                + " Universal Credit (£400.14).",
            "Total in work: £195.36 take-home pay + £0.00 Universal Credit = £195.36 a week.");
  }

  /*
   * The same person at 8 hours at £12.21.
   * In work: 8 × £12.21 = £97.68 a week = £5,079.36 a year; take-home £423.28 a month.
   *   UC goes down by 55% × £423.28 = £232.804; UC £400.14 − £232.804 = £167.336 a month
   *   = £167.336 × 12 ÷ 52 = £38.616 a week. Total £97.68 + £38.616 = £136.296, so £136.30.
   *   Better off by £136.30 − £92.34 = £43.96.
   */
  @Test
  void universalCreditGoesDownByTheTaperWithoutAWorkAllowance() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(true, BetterOffInputs.Lcwra.NONE, false, "0", "0", "8", "12.21", "0"));

    assertThat(result.weeklyInWork()).isEqualByComparingTo("136.30");
    assertThat(result.difference()).isEqualByComparingTo("43.96");
    assertThat(result.inWork())
        .contains(
            "Universal Credit in work: £400.14 − £232.80 = £167.34 a month, which is £38.62 a week (× 12 ÷ 52).");
  }

  /*
   * 25 or over, LCWRA, housing costs £500 a month, PIP £73.90 a week, 16 hours at £12.21, work
   * costs £10 a week.
   * Out of work: maximum UC £400.14 + £423.27 + £500 = £1,323.41 a month; × 12 ÷ 52 = £305.4023 a
   *   week; plus £73.90 = £379.3023, so £379.30.
   * In work: take-home £846.56 a month (no tax or NI, as above). LCWRA brings the work allowance;
   *   with housing costs it is the lower £411. Above it: £435.56; UC goes down by 55% of that,
   *   £239.558; UC £1,323.41 − £239.558 = £1,083.852 a month = £250.1197 a week.
   *   Total £195.36 + £250.1197 + £73.90 − £10 = £509.3797, so £509.38.
   *   Better off by £509.38 − £379.30 = £130.08.
   */
  @Test
  void lcwraAndHousingCostsBringTheLowerWorkAllowance() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(
                true,
                BetterOffInputs.Lcwra.NEW_CLAIMANT,
                false,
                "500",
                "73.90",
                "16",
                "12.21",
                "10"));

    assertThat(result.weeklyOutOfWork()).isEqualByComparingTo("379.30");
    assertThat(result.weeklyInWork()).isEqualByComparingTo("509.38");
    assertThat(result.difference()).isEqualByComparingTo("130.08");
    assertThat(result.outOfWork())
        .contains(
            "Plus the limited capability for work and work-related activity (LCWRA) element: £423.27 a month.",
            "Plus housing costs: £500.00 a month.",
            "Maximum Universal Credit: £1,323.41 a month.",
            "Plus other income not affected by work: £73.90 a week.");
    assertThat(result.inWork())
        .contains(
            "Work allowance: £411.00 a month, the lower amount because Universal Credit includes housing"
                + " costs. Universal Credit does not go down for take-home pay up to this amount.",
            "Take-home pay above the work allowance: £846.56 − £411.00 = £435.56 a month.",
            "Universal Credit goes down by 55% of that: £239.56 a month.",
            "Universal Credit in work: £1,323.41 − £239.56 = £1,083.85 a month, which is £250.12 a week (× 12 ÷ 52).",
            "Less work costs: £10.00 a week.",
            "Total in work: £195.36 take-home pay + £250.12 Universal Credit + £73.90 other income"
                + " − £10.00 work costs = £509.38 a week.");
  }

  /*
   * 25 or over, responsible for a child, no housing costs, 37.5 hours at £15, work costs £20.
   * Out of work: £92.34 a week.
   * In work: 37.5 × £15 = £562.50 a week = £29,250 a year. Tax 20% × (£29,250 − £12,570)
   *   = £3,336 a year (£64.15 a week); NI 8% × £16,680 = £1,334.40 (£25.66 a week).
   *   Take-home £24,579.60 a year: £472.6846 a week, £2,048.30 a month. Work allowance (no
   *   housing) £684; above it £1,364.30; UC goes down by 55% of that, £750.365, more than
   *   £400.14: UC stops. Total £472.6846 − £20 = £452.6846, so £452.68.
   *   Better off by £452.68 − £92.34 = £360.34.
   */
  @Test
  void fullTimeEarningsAboveTheTaxThresholdEndUniversalCredit() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(true, BetterOffInputs.Lcwra.NONE, true, "0", "0", "37.5", "15", "20"));

    assertThat(result.weeklyInWork()).isEqualByComparingTo("452.68");
    assertThat(result.difference()).isEqualByComparingTo("360.34");
    assertThat(result.inWork())
        .contains(
            "Earnings before tax: 37.5 hours × £15.00 an hour = £562.50 a week, which is £29,250.00 a year (× 52).",
            "Income tax: 20% of £16,680.00 (earnings over the £12,570.00 personal allowance) = £3,336.00 a year, which is £64.15 a week (÷ 52).",
            "National Insurance: 8% of £16,680.00 (earnings over the £12,570.00 threshold) = £1,334.40 a year, which is £25.66 a week (÷ 52).",
            "Take-home pay: £562.50 − £64.15 − £25.66 = £472.68 a week, which is £2,048.30 a month (× 52 ÷ 12).",
            "Work allowance: £684.00 a month, the higher amount because Universal Credit includes no"
                + " housing costs. Universal Credit does not go down for take-home pay up to this amount.",
            "Universal Credit in work: none, because the reduction (£750.37) is at least the maximum"
                + " Universal Credit (£400.14).");
  }

  /*
   * 25 or over, LCWRA, housing costs £700, 30 hours at £12.21.
   * Out of work: £400.14 + £423.27 + £700 = £1,523.41 a month; × 12 ÷ 52 = £351.5562, so £351.56.
   * In work: 30 × £12.21 = £366.30 a week = £19,047.60 a year. Tax 20% × £6,477.60 = £1,295.52;
   *   NI 8% × £6,477.60 = £518.208. Take-home £17,233.872 a year: £331.4206 a week, £1,436.156 a
   *   month. Above the £411 work allowance: £1,025.156; UC goes down by £563.8358; UC £959.5742 a
   *   month = £221.4398 a week. Total £552.8604, so £552.86. Better off by £201.30.
   */
  @Test
  void taxedEarningsCanStillLeaveSomeUniversalCredit() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(
                true, BetterOffInputs.Lcwra.NEW_CLAIMANT, false, "700", "0", "30", "12.21", "0"));

    assertThat(result.weeklyOutOfWork()).isEqualByComparingTo("351.56");
    assertThat(result.weeklyInWork()).isEqualByComparingTo("552.86");
    assertThat(result.difference()).isEqualByComparingTo("201.30");
    assertThat(result.inWork())
        .contains(
            "Universal Credit in work: £1,523.41 − £563.84 = £959.57 a month, which is £221.44 a week (× 12 ÷ 52).");
  }

  /*
   * Under 25, nothing else, 0 hours: £316.98 × 12 ÷ 52 = £73.1492, so £73.15 either way.
   */
  @Test
  void noHoursMeansNoBetterOrWorseOff() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(false, BetterOffInputs.Lcwra.NONE, false, "0", "0", "0", "12.21", "0"));

    assertThat(result.weeklyOutOfWork()).isEqualByComparingTo("73.15");
    assertThat(result.weeklyInWork()).isEqualByComparingTo("73.15");
    assertThat(result.difference()).isZero();
    assertThat(result.verdict()).isEqualTo("No better or worse off in work");
    assertThat(result.outOfWork().getFirst()).contains("under 25: £316.98 a month");
  }

  /*
   * 2026/27. 25 or over, LCWRA at the new claimant rate, no housing costs, 16 hours at £12.21.
   * Out of work: maximum UC £424.90 + £217.26 = £642.16 a month; × 12 ÷ 52 = £148.1908, so £148.19.
   * In work: 16 × £12.21 = £195.36 a week = £10,158.72 a year, under £12,570: no tax, no NI.
   *   Take-home £846.56 a month. LCWRA brings the work allowance; without housing costs it is the
   *   higher £710. Above it: £136.56; UC goes down by 55% of that, £75.108; UC £642.16 − £75.108 =
   *   £567.052 a month = £130.8582 a week. Total £195.36 + £130.8582 = £326.2182, so £326.22.
   *   Better off by £326.22 − £148.19 = £178.03.
   */
  @Test
  void newClaimantLcwraRateIn2026() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2026,
            inputs(true, BetterOffInputs.Lcwra.NEW_CLAIMANT, false, "0", "0", "16", "12.21", "0"));

    assertThat(result.weeklyOutOfWork()).isEqualByComparingTo("148.19");
    assertThat(result.weeklyInWork()).isEqualByComparingTo("326.22");
    assertThat(result.difference()).isEqualByComparingTo("178.03");
    assertThat(result.outOfWork())
        .containsExactly(
            "Universal Credit standard allowance for a single person aged 25 or over: £424.90 a month.",
            "Plus the limited capability for work and work-related activity (LCWRA) element at the"
                + " new claimant rate: £217.26 a month.",
            "Maximum Universal Credit: £642.16 a month.",
            "As a weekly figure: £642.16 × 12 months ÷ 52 weeks = £148.19 a week.",
            "Total out of work: £148.19 a week.");
    assertThat(result.inWork())
        .contains(
            "Work allowance: £710.00 a month, the higher amount because Universal Credit includes no"
                + " housing costs. Universal Credit does not go down for take-home pay up to this amount.",
            "Take-home pay above the work allowance: £846.56 − £710.00 = £136.56 a month.",
            "Universal Credit goes down by 55% of that: £75.11 a month.",
            "Universal Credit in work: £642.16 − £75.11 = £567.05 a month, which is £130.86 a week (× 12 ÷ 52).",
            "Total in work: £195.36 take-home pay + £130.86 Universal Credit = £326.22 a week.");
  }

  /*
   * 2026/27. The same person at the protected rate (a claim before 6 April 2026, the severe
   * conditions criteria, or terminally ill).
   * Out of work: £424.90 + £429.80 = £854.70 a month; × 12 ÷ 52 = £197.2385, so £197.24.
   * In work: the same take-home £846.56 and the same reduction £75.108; UC £854.70 − £75.108 =
   *   £779.592 a month = £179.9058 a week. Total £195.36 + £179.9058 = £375.2658, so £375.27.
   *   Better off by £375.27 − £197.24 = £178.03: the same difference, because the element is
   *   paid in full both in and out of work while some Universal Credit is left.
   */
  @Test
  void protectedLcwraRateIn2026() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2026,
            inputs(true, BetterOffInputs.Lcwra.PROTECTED, false, "0", "0", "16", "12.21", "0"));

    assertThat(result.weeklyOutOfWork()).isEqualByComparingTo("197.24");
    assertThat(result.weeklyInWork()).isEqualByComparingTo("375.27");
    assertThat(result.difference()).isEqualByComparingTo("178.03");
    assertThat(result.outOfWork())
        .contains(
            "Plus the limited capability for work and work-related activity (LCWRA) element at the"
                + " protected rate: £429.80 a month.",
            "Maximum Universal Credit: £854.70 a month.");
    assertThat(result.inWork())
        .contains(
            "Universal Credit in work: £854.70 − £75.11 = £779.59 a month, which is £179.91 a week (× 12 ÷ 52).");
  }

  /*
   * 2026/27. Under 25, no LCWRA, nothing else, 0 hours: £338.58 × 12 ÷ 52 = £78.1338, so £78.13
   * either way.
   */
  @Test
  void under25StandardAllowanceIn2026() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2026,
            inputs(false, BetterOffInputs.Lcwra.NONE, false, "0", "0", "0", "12.21", "0"));

    assertThat(result.weeklyOutOfWork()).isEqualByComparingTo("78.13");
    assertThat(result.difference()).isZero();
  }

  /*
   * An estimate from before there were two rates said only "yes": with the 2025/26 set (one rate,
   * held at both) either rate gives the LCWRA element of £423.27 and the same working as then.
   */
  @Test
  void withOneRateForEveryoneEitherAnswerGivesTheSameWorking() {
    var oneRate =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(
                true, BetterOffInputs.Lcwra.ONE_RATE, false, "500", "73.90", "16", "12.21", "10"));
    var protectedRate =
        BetterOffCalculation.calculate(
            RULES_2025,
            inputs(
                true, BetterOffInputs.Lcwra.PROTECTED, false, "500", "73.90", "16", "12.21", "10"));
    assertThat(oneRate).isEqualTo(protectedRate);
    assertThat(oneRate.outOfWork())
        .contains(
            "Plus the limited capability for work and work-related activity (LCWRA) element: £423.27 a month.");
    assertThat(oneRate.weeklyInWork()).isEqualByComparingTo("509.38");
  }

  @Test
  void workCostsWithNoEarningsLeaveThePersonWorseOff() {
    var result =
        BetterOffCalculation.calculate(
            RULES_2025, inputs(false, BetterOffInputs.Lcwra.NONE, false, "0", "0", "0", "0", "5"));

    assertThat(result.difference()).isEqualByComparingTo("-5.00");
    assertThat(result.verdict()).isEqualTo("Worse off in work by £5.00 a week");
  }

  @Test
  void rejectsAnswersItCannotUse() {
    assertThatThrownBy(
            () ->
                BetterOffCalculation.calculate(
                    RULES_2025,
                    inputs(true, BetterOffInputs.Lcwra.NONE, false, "0", "0", "-1", "12.21", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Hours a week");
    assertThatThrownBy(
            () ->
                BetterOffCalculation.calculate(
                    RULES_2025,
                    inputs(true, BetterOffInputs.Lcwra.NONE, false, "0", "0", "101", "12.21", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Hours a week");
    assertThatThrownBy(
            () ->
                BetterOffCalculation.calculate(
                    RULES_2025,
                    inputs(true, BetterOffInputs.Lcwra.NONE, false, "0", "0", "16", "12.215", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Pay an hour");
    assertThatThrownBy(
            () ->
                BetterOffCalculation.calculate(
                    RULES_2025,
                    new BetterOffInputs(
                        true,
                        BetterOffInputs.Lcwra.NONE,
                        false,
                        null,
                        money("0"),
                        money("16"),
                        money("12.21"),
                        money("0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Housing costs");
    assertThatThrownBy(
            () ->
                BetterOffCalculation.calculate(
                    null,
                    inputs(true, BetterOffInputs.Lcwra.NONE, false, "0", "0", "16", "12.21", "0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsRulesItCannotUse() {
    var over100 =
        new BenefitRules(
            null,
            LocalDate.of(2026, 4, 6),
            money("316.98"),
            money("400.14"),
            money("423.27"),
            money("423.27"),
            money("411"),
            money("684"),
            money("155"),
            money("12570"),
            money("20"),
            money("12570"),
            money("8"),
            "GOV.UK",
            null,
            null,
            null,
            null,
            null,
            null);
    assertThatThrownBy(
            () ->
                BetterOffCalculation.calculate(
                    over100,
                    inputs(true, BetterOffInputs.Lcwra.NONE, false, "0", "0", "16", "12.21", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Universal Credit taper rate must be a number from 0 to 100");
  }
}
