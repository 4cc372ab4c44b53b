package org.stepwise.benefits.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.benefits.BetterOffInputs;
import org.stepwise.benefits.Pounds;

/**
 * The better-off estimate form exactly as typed. {@link #check} reads the amounts ("£1,234.50",
 * "37.5") and adds an error for each one that is missing or out of range.
 *
 * @param aged25 "yes" or "no"
 * @param lcwra NONE, NEW_CLAIMANT or PROTECTED ({@link BetterOffInputs.Lcwra})
 * @param childOrLcw "yes" or "no"
 */
record BetterOffForm(
    @NotNull(message = "{betterOff.aged25.required}")
        @Pattern(regexp = "yes|no", message = "{betterOff.aged25.required}")
        String aged25,
    @NotNull(message = "{betterOff.lcwra.required}")
        @Pattern(regexp = "NONE|NEW_CLAIMANT|PROTECTED", message = "{betterOff.lcwra.required}")
        String lcwra,
    @NotNull(message = "{betterOff.childOrLcw.required}")
        @Pattern(regexp = "yes|no", message = "{betterOff.childOrLcw.required}")
        String childOrLcw,
    @Size(max = 30, message = "{betterOff.housingCosts.number}") String housingCosts,
    @Size(max = 30, message = "{betterOff.otherIncome.number}") String otherIncome,
    @Size(max = 30, message = "{betterOff.hours.number}") String hours,
    @Size(max = 30, message = "{betterOff.pay.number}") String pay,
    @Size(max = 30, message = "{betterOff.workCosts.number}") String workCosts) {

  static final List<String> FIELD_ORDER =
      List.of(
          "aged25",
          "lcwra",
          "childOrLcw",
          "housingCosts",
          "otherIncome",
          "hours",
          "pay",
          "workCosts");

  static BetterOffForm empty() {
    return new BetterOffForm(null, null, null, "", "", "", "", "");
  }

  /**
   * The answers of an earlier estimate, to start a new one from. An answer given before there were
   * two LCWRA rates is left unchosen, so the rate is chosen again.
   */
  static BetterOffForm of(BetterOffInputs in) {
    return new BetterOffForm(
        in.aged25OrOver() ? "yes" : "no",
        in.lcwra() == BetterOffInputs.Lcwra.ONE_RATE ? null : in.lcwra().name(),
        in.childOrLimitedCapability() ? "yes" : "no",
        money(in.housingCostsMonthly()),
        money(in.otherIncomeWeekly()),
        Pounds.plain(in.hoursWeekly()),
        money(in.hourlyPay()),
        money(in.workCostsWeekly()));
  }

  /** Adds an error for each amount that is missing, not a number, negative or too large. */
  void check(BindingResult errors) {
    amount(errors, "housingCosts", housingCosts, "Housing costs", BetterOffInputs.MAX_AMOUNT);
    amount(errors, "otherIncome", otherIncome, "Other income", BetterOffInputs.MAX_AMOUNT);
    amount(errors, "hours", hours, "Hours a week", BetterOffInputs.MAX_HOURS);
    amount(errors, "pay", pay, "Pay an hour", BetterOffInputs.MAX_HOURLY_PAY);
    amount(errors, "workCosts", workCosts, "Work costs", BetterOffInputs.MAX_AMOUNT);
  }

  /** The answers; call only when bean validation and {@link #check} found nothing. */
  BetterOffInputs toInputs() {
    return new BetterOffInputs(
        "yes".equals(aged25),
        BetterOffInputs.Lcwra.valueOf(lcwra),
        "yes".equals(childOrLcw),
        Amounts.parse(housingCosts),
        Amounts.parse(otherIncome),
        Amounts.parse(hours),
        Amounts.parse(pay),
        Amounts.parse(workCosts));
  }

  private static void amount(
      BindingResult errors, String field, String typed, String name, BigDecimal max) {
    if (errors.getFieldError(field) != null) {
      return;
    }
    var amount = Amounts.parse(typed);
    var maxShown =
        field.equals("hours")
            ? Pounds.plain(max)
            : "£" + String.format(Locale.UK, "%,d", max.intValue());
    if (amount == null) {
      reject(errors, field, typed, "betterOff." + field + ".number");
    } else if (amount.signum() < 0) {
      reject(errors, field, typed, "betterOff.amount.negative", name);
    } else if (amount.compareTo(max) > 0) {
      reject(errors, field, typed, "betterOff.amount.max", name, maxShown);
    } else if (amount.stripTrailingZeros().scale() > 2) {
      reject(errors, field, typed, "betterOff.amount.decimals", name);
    }
  }

  static void reject(
      BindingResult errors, String field, Object typed, String code, Object... arguments) {
    errors.addError(
        new FieldError(
            errors.getObjectName(), field, typed, false, new String[] {code}, arguments, code));
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
