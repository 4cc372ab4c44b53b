package org.stepwise.assessment;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.stepwise.site.Dates;
import org.stepwise.site.Labelled;

/**
 * A fit note (Statement of Fitness for Work, 2022 form) as recorded by the worker from the person's
 * copy. Since July 2022 nurses, occupational therapists, pharmacists and physiotherapists may issue
 * them, as well as doctors.
 *
 * <p>The period is given on the form either "from [date] to [date]" or "for [length of time]". For
 * a length of time, {@code from} is the date of statement, where it starts.
 *
 * @param id null until recorded
 * @param statementOn the date of statement (the day it was issued), on or after {@code assessedOn};
 *     null on notes recorded before it was asked
 * @param advice what the issuer says may help, only when the person may be fit for work
 * @param until null when the note gives a length of time or covers an open-ended period
 * @param length the period as a length of time, or null when it is given as dates
 * @param practiceAddress the address of the issuer's practice, or null
 */
public record FitNote(
    FitNoteId id,
    LocalDate assessedOn,
    LocalDate statementOn,
    String conditions,
    Verdict verdict,
    Set<Advice> advice,
    String effects,
    LocalDate from,
    LocalDate until,
    Length length,
    boolean reassessmentNeeded,
    String issuerName,
    Issuer issuer,
    String practiceAddress) {

  /** The issuer's verdict. */
  public enum Verdict implements Labelled {
    NOT_FIT("Not fit for work"),
    MAY_BE_FIT("May be fit for work");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** What the issuer says may help the person at work. */
  public enum Advice implements Labelled {
    PHASED_RETURN("A phased return to work"),
    ALTERED_HOURS("Altered hours"),
    AMENDED_DUTIES("Amended duties"),
    WORKPLACE_ADAPTATIONS("Workplace adaptations");

    private final String label;

    Advice(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Who may issue a fit note. */
  public enum Issuer implements Labelled {
    DOCTOR("Doctor"),
    NURSE("Registered nurse"),
    OCCUPATIONAL_THERAPIST("Occupational therapist"),
    PHARMACIST("Pharmacist"),
    PHYSIOTHERAPIST("Physiotherapist");

    private final String label;

    Issuer(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** The units a length of time is given in. */
  public enum Unit implements Labelled {
    DAYS("day", "days"),
    WEEKS("week", "weeks"),
    MONTHS("month", "months");

    private final String one;
    private final String many;

    Unit(String one, String many) {
      this.one = one;
      this.many = many;
    }

    @Override
    public String label() {
      return many.substring(0, 1).toUpperCase(Locale.UK) + many.substring(1);
    }

    String of(int count) {
      return count + " " + (count == 1 ? one : many);
    }
  }

  /** A period given as a length of time, such as 2 weeks. */
  public record Length(int count, Unit unit) {

    /** The largest count a note may give. */
    public static final int MOST = 999;

    /** "2 weeks", "1 month". */
    @Override
    public String toString() {
      return unit.of(count);
    }

    /** The day after the last day covered, counting from {@code start}. */
    LocalDate endAfter(LocalDate start) {
      return switch (unit) {
        case DAYS -> start.plusDays(count);
        case WEEKS -> start.plusWeeks(count);
        case MONTHS -> start.plusMonths(count);
      };
    }
  }

  /** The period covered, with dates in the house style ("2 November 2026"). */
  public String period() {
    if (length != null) {
      return "For " + length + " from " + Dates.date(from) + " (the date of statement)";
    }
    return "From " + Dates.date(from) + (until == null ? "" : " to " + Dates.date(until));
  }

  /**
   * Whether the period is longer than three months: in the first six months of a condition a fit
   * note can cover at most three months at a time, so a longer one may have been copied wrongly.
   */
  public boolean longerThanThreeMonths() {
    var end = length != null ? length.endAfter(from) : until == null ? null : until.plusDays(1);
    return end != null && end.isAfter(from.plusMonths(3));
  }

  /** One line for the plan and the case: verdict, advice and the period covered. */
  public String summary() {
    return summary(period());
  }

  private String summary(String period) {
    var text = new StringBuilder(verdict.label());
    if (!advice.isEmpty()) {
      text.append(": ")
          .append(
              String.join(
                  ", ",
                  advice.stream().sorted().map(a -> a.label().toLowerCase(Locale.UK)).toList()));
    }
    text.append(". ").append(period);
    text.append(" (")
        .append(issuer.label().toLowerCase(Locale.UK))
        .append(", ")
        .append(issuerName)
        .append(").");
    return text.toString();
  }
}
