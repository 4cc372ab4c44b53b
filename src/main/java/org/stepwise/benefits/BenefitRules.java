package org.stepwise.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One set of benefit rules, in effect from its date until the next set's. Universal Credit figures
 * are monthly; tax and National Insurance thresholds are yearly; rates are percentages.
 *
 * <p>From 6 April 2026 the LCWRA element has two rates: {@code ucLcwraElement} for new claimants,
 * {@code ucLcwraProtected} for claims made before 6 April 2026, people who meet the severe
 * conditions criteria and people who are terminally ill. Sets before then had one rate for
 * everyone, held in both.
 *
 * @param id null until added
 * @param ucLcwraElement the LCWRA element for new claimants (the one rate before 6 April 2026)
 * @param ucLcwraProtected the protected LCWRA element
 * @param source where the figures came from, never blank
 * @param note what an administrator should know, such as a figure not yet confirmed; or null
 * @param createdAt null until added
 * @param createdBy null until added
 * @param updatedAt null until added
 * @param updatedBy null until added
 * @param version null until added; one more each time the set is corrected
 */
public record BenefitRules(
    RuleSetId id,
    LocalDate effectiveFrom,
    BigDecimal ucStandardUnder25,
    BigDecimal ucStandard25Plus,
    BigDecimal ucLcwraElement,
    BigDecimal ucLcwraProtected,
    BigDecimal workAllowanceWithHousing,
    BigDecimal workAllowanceWithoutHousing,
    BigDecimal taperPercent,
    BigDecimal personalAllowanceYearly,
    BigDecimal basicRatePercent,
    BigDecimal niThresholdYearly,
    BigDecimal niRatePercent,
    String source,
    String note,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Long version) {

  /** The longest source or note. */
  public static final int MAX_TEXT = 500;

  /** The largest amount of money a figure may hold. */
  public static final BigDecimal MAX_POUNDS = new BigDecimal("1000000");

  /** How a figure is measured. */
  public enum Unit {
    MONTHLY_POUNDS(" a month"),
    YEARLY_POUNDS(" a year"),
    PERCENT("");

    private final String suffix;

    Unit(String suffix) {
      this.suffix = suffix;
    }

    public boolean percent() {
      return this == PERCENT;
    }
  }

  /** Each figure in a set, in the order pages show them. */
  public enum Figure {
    UC_STANDARD_UNDER_25(
        "ucStandardUnder25",
        "Universal Credit standard allowance: single, under 25",
        Unit.MONTHLY_POUNDS,
        BenefitRules::ucStandardUnder25),
    UC_STANDARD_25_PLUS(
        "ucStandard25Plus",
        "Universal Credit standard allowance: single, 25 or over",
        Unit.MONTHLY_POUNDS,
        BenefitRules::ucStandard25Plus),
    UC_LCWRA_ELEMENT(
        "ucLcwraElement",
        "LCWRA element: new claimant rate (claims from 6 April 2026)",
        Unit.MONTHLY_POUNDS,
        BenefitRules::ucLcwraElement),
    UC_LCWRA_PROTECTED(
        "ucLcwraProtected",
        "LCWRA element: protected rate (claims before 6 April 2026, severe conditions criteria,"
            + " terminally ill)",
        Unit.MONTHLY_POUNDS,
        BenefitRules::ucLcwraProtected),
    WORK_ALLOWANCE_WITH_HOUSING(
        "workAllowanceWithHousing",
        "Work allowance when Universal Credit includes housing costs",
        Unit.MONTHLY_POUNDS,
        BenefitRules::workAllowanceWithHousing),
    WORK_ALLOWANCE_WITHOUT_HOUSING(
        "workAllowanceWithoutHousing",
        "Work allowance when Universal Credit includes no housing costs",
        Unit.MONTHLY_POUNDS,
        BenefitRules::workAllowanceWithoutHousing),
    TAPER_PERCENT(
        "taperPercent", "Universal Credit taper rate", Unit.PERCENT, BenefitRules::taperPercent),
    PERSONAL_ALLOWANCE_YEARLY(
        "personalAllowanceYearly",
        "Income tax personal allowance",
        Unit.YEARLY_POUNDS,
        BenefitRules::personalAllowanceYearly),
    BASIC_RATE_PERCENT(
        "basicRatePercent", "Income tax basic rate", Unit.PERCENT, BenefitRules::basicRatePercent),
    NI_THRESHOLD_YEARLY(
        "niThresholdYearly",
        "National Insurance primary threshold (employees)",
        Unit.YEARLY_POUNDS,
        BenefitRules::niThresholdYearly),
    NI_RATE_PERCENT(
        "niRatePercent",
        "National Insurance main rate (employees, Class 1)",
        Unit.PERCENT,
        BenefitRules::niRatePercent);

    private final String field;
    private final String label;
    private final Unit unit;
    private final Function<BenefitRules, BigDecimal> value;

    Figure(String field, String label, Unit unit, Function<BenefitRules, BigDecimal> value) {
      this.field = field;
      this.label = label;
      this.unit = unit;
      this.value = value;
    }

    /** The form field's name and id. */
    public String field() {
      return field;
    }

    public String label() {
      return label;
    }

    public Unit unit() {
      return unit;
    }

    public BigDecimal in(BenefitRules rules) {
      return value.apply(rules);
    }

    /** The figure as pages show it, e.g. {@code £400.14 a month} or {@code 55%}. */
    public String shown(BenefitRules rules) {
      var figure = in(rules);
      return unit.percent() ? Pounds.percent(figure) : Pounds.format(figure) + unit.suffix;
    }
  }

  /** A set not yet added, from its figures. Missing figures are null. */
  public static BenefitRules of(
      LocalDate effectiveFrom, Map<Figure, BigDecimal> figures, String source) {
    return of(effectiveFrom, figures, source, null);
  }

  /** A set not yet added, from its figures, with a note (null for none). */
  public static BenefitRules of(
      LocalDate effectiveFrom, Map<Figure, BigDecimal> figures, String source, String note) {
    var f = new EnumMap<Figure, BigDecimal>(figures);
    return new BenefitRules(
        null,
        effectiveFrom,
        f.get(Figure.UC_STANDARD_UNDER_25),
        f.get(Figure.UC_STANDARD_25_PLUS),
        f.get(Figure.UC_LCWRA_ELEMENT),
        f.get(Figure.UC_LCWRA_PROTECTED),
        f.get(Figure.WORK_ALLOWANCE_WITH_HOUSING),
        f.get(Figure.WORK_ALLOWANCE_WITHOUT_HOUSING),
        f.get(Figure.TAPER_PERCENT),
        f.get(Figure.PERSONAL_ALLOWANCE_YEARLY),
        f.get(Figure.BASIC_RATE_PERCENT),
        f.get(Figure.NI_THRESHOLD_YEARLY),
        f.get(Figure.NI_RATE_PERCENT),
        source,
        note == null || note.isBlank() ? null : note.strip(),
        null,
        null,
        null,
        null,
        null);
  }

  /** Whether the note says a figure is not confirmed. */
  public boolean unconfirmed() {
    return note != null && note.toUpperCase(java.util.Locale.UK).contains("UNCONFIRMED");
  }

  /**
   * Refuses a set that could not be used: a missing date or source, or a figure that is missing,
   * negative, in fractions of a penny, too large, or a percentage over 100.
   *
   * @throws IllegalArgumentException naming the first problem found
   */
  public void check() {
    if (effectiveFrom == null) {
      throw new IllegalArgumentException("Enter the date the figures take effect");
    }
    for (var figure : Figure.values()) {
      var value = figure.in(this);
      var limit = figure.unit().percent() ? new BigDecimal("100") : MAX_POUNDS;
      if (value == null
          || value.signum() < 0
          || value.compareTo(limit) > 0
          || value.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException(
            figure.label()
                + " must be a number from 0 to "
                + (figure.unit().percent() ? "100" : "1,000,000")
                + ", with at most 2 decimal places");
      }
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("Enter where the figures came from");
    }
    if (source.strip().length() > MAX_TEXT || (note != null && note.strip().length() > MAX_TEXT)) {
      throw new IllegalArgumentException(
          "The source and the note can each be at most " + MAX_TEXT + " characters");
    }
  }
}
