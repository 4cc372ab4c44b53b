package org.stepwise.benefits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.stepwise.benefits.BenefitRules;
import org.stepwise.benefits.BenefitRules.Figure;
import org.stepwise.benefits.Pounds;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/**
 * A set of benefit rules exactly as typed, to add a set or correct one. Each figure is a box named
 * after {@link Figure#field()}; {@link #check} reads them ("£1,234.50", "55%").
 *
 * @param version the version of the set the form was read at; null when adding a set
 */
record BenefitRulesForm(
    @RealDate(missing = "{benefitRules.from.required}", message = "{benefitRules.from.real}")
        DateField from,
    @Size(max = 30, message = "{benefitRules.figure.size}") String ucStandardUnder25,
    @Size(max = 30, message = "{benefitRules.figure.size}") String ucStandard25Plus,
    @Size(max = 30, message = "{benefitRules.figure.size}") String ucLcwraElement,
    @Size(max = 30, message = "{benefitRules.figure.size}") String ucLcwraProtected,
    @Size(max = 30, message = "{benefitRules.figure.size}") String workAllowanceWithHousing,
    @Size(max = 30, message = "{benefitRules.figure.size}") String workAllowanceWithoutHousing,
    @Size(max = 30, message = "{benefitRules.figure.size}") String taperPercent,
    @Size(max = 30, message = "{benefitRules.figure.size}") String personalAllowanceYearly,
    @Size(max = 30, message = "{benefitRules.figure.size}") String basicRatePercent,
    @Size(max = 30, message = "{benefitRules.figure.size}") String niThresholdYearly,
    @Size(max = 30, message = "{benefitRules.figure.size}") String niRatePercent,
    @NotBlank(message = "{benefitRules.source.required}")
        @Size(max = BenefitRules.MAX_TEXT, message = "{benefitRules.source.size}")
        String source,
    @Size(max = BenefitRules.MAX_TEXT, message = "{benefitRules.note.size}") String note,
    Long version) {

  /** Fields in page order, for the error summary. */
  static final List<String> FIELD_ORDER = fieldOrder();

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static List<String> fieldOrder() {
    var order = new ArrayList<String>();
    order.add("from=from-day");
    for (var figure : Figure.values()) {
      order.add(figure.field());
    }
    order.add("source");
    order.add("note");
    return List.copyOf(order);
  }

  /** A form holding a set's figures: to correct it (with its version) or start a new one. */
  static BenefitRulesForm of(BenefitRules rules, boolean correcting) {
    var typed = new EnumMap<Figure, String>(Figure.class);
    for (var figure : Figure.values()) {
      var value = figure.in(rules);
      typed.put(
          figure,
          figure.unit().percent()
              ? Pounds.plain(value)
              : value.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
    return new BenefitRulesForm(
        correcting ? DateField.of(rules.effectiveFrom()) : DateField.empty(),
        typed.get(Figure.UC_STANDARD_UNDER_25),
        typed.get(Figure.UC_STANDARD_25_PLUS),
        typed.get(Figure.UC_LCWRA_ELEMENT),
        typed.get(Figure.UC_LCWRA_PROTECTED),
        typed.get(Figure.WORK_ALLOWANCE_WITH_HOUSING),
        typed.get(Figure.WORK_ALLOWANCE_WITHOUT_HOUSING),
        typed.get(Figure.TAPER_PERCENT),
        typed.get(Figure.PERSONAL_ALLOWANCE_YEARLY),
        typed.get(Figure.BASIC_RATE_PERCENT),
        typed.get(Figure.NI_THRESHOLD_YEARLY),
        typed.get(Figure.NI_RATE_PERCENT),
        correcting ? rules.source() : "",
        correcting && rules.note() != null ? rules.note() : "",
        correcting ? rules.version() : null);
  }

  /** An empty form, when there is no set to start from. */
  static BenefitRulesForm empty() {
    return new BenefitRulesForm(
        DateField.empty(), "", "", "", "", "", "", "", "", "", "", "", "", "", null);
  }

  /** The same form read at another version: after a conflict, to send knowing both. */
  BenefitRulesForm atVersion(long current) {
    return new BenefitRulesForm(
        from,
        ucStandardUnder25,
        ucStandard25Plus,
        ucLcwraElement,
        ucLcwraProtected,
        workAllowanceWithHousing,
        workAllowanceWithoutHousing,
        taperPercent,
        personalAllowanceYearly,
        basicRatePercent,
        niThresholdYearly,
        niRatePercent,
        source,
        note,
        current);
  }

  /** What was typed in a figure's box. */
  public String typed(Figure figure) {
    return switch (figure) {
      case UC_STANDARD_UNDER_25 -> ucStandardUnder25;
      case UC_STANDARD_25_PLUS -> ucStandard25Plus;
      case UC_LCWRA_ELEMENT -> ucLcwraElement;
      case UC_LCWRA_PROTECTED -> ucLcwraProtected;
      case WORK_ALLOWANCE_WITH_HOUSING -> workAllowanceWithHousing;
      case WORK_ALLOWANCE_WITHOUT_HOUSING -> workAllowanceWithoutHousing;
      case TAPER_PERCENT -> taperPercent;
      case PERSONAL_ALLOWANCE_YEARLY -> personalAllowanceYearly;
      case BASIC_RATE_PERCENT -> basicRatePercent;
      case NI_THRESHOLD_YEARLY -> niThresholdYearly;
      case NI_RATE_PERCENT -> niRatePercent;
    };
  }

  /** Adds an error for each figure that is missing, not a number, negative or too large. */
  void check(BindingResult errors) {
    for (var figure : Figure.values()) {
      if (errors.getFieldError(figure.field()) != null) {
        continue;
      }
      var percent = figure.unit().percent();
      var typed = typed(figure);
      var amount = Amounts.parse(typed);
      var label = figure.label();
      if (amount == null) {
        BetterOffForm.reject(
            errors,
            figure.field(),
            typed,
            percent ? "benefitRules.percent.number" : "benefitRules.figure.number",
            label);
      } else if (amount.signum() < 0) {
        BetterOffForm.reject(errors, figure.field(), typed, "benefitRules.figure.negative", label);
      } else if (amount.compareTo(percent ? HUNDRED : BenefitRules.MAX_POUNDS) > 0) {
        BetterOffForm.reject(
            errors,
            figure.field(),
            typed,
            percent ? "benefitRules.percent.max" : "benefitRules.figure.max",
            label);
      } else if (amount.stripTrailingZeros().scale() > 2) {
        BetterOffForm.reject(errors, figure.field(), typed, "benefitRules.figure.decimals", label);
      }
    }
  }

  /** The set typed; call only when bean validation and {@link #check} found nothing. */
  BenefitRules toRules() {
    var figures = new EnumMap<Figure, BigDecimal>(Figure.class);
    for (var figure : Figure.values()) {
      figures.put(figure, Amounts.parse(typed(figure)));
    }
    return BenefitRules.of(from.toDate(), figures, source.strip(), note);
  }
}
