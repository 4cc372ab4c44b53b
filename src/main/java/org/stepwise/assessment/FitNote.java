package org.stepwise.assessment;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A fit note (Statement of Fitness for Work, 2022 form) as recorded by the worker from the person's
 * copy. Since July 2022 nurses, occupational therapists, pharmacists and physiotherapists may issue
 * them, as well as doctors.
 *
 * @param id null until recorded
 * @param advice what the issuer says may help, only when the person may be fit for work
 * @param until null when the note covers an open-ended period
 */
public record FitNote(
    UUID id,
    LocalDate assessedOn,
    String conditions,
    Verdict verdict,
    Set<Advice> advice,
    String effects,
    LocalDate from,
    LocalDate until,
    boolean reassessmentNeeded,
    String issuerName,
    Issuer issuer) {

  /** The issuer's verdict. */
  public enum Verdict {
    NOT_FIT("Not fit for work"),
    MAY_BE_FIT("May be fit for work");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What the issuer says may help the person at work. */
  public enum Advice {
    PHASED_RETURN("A phased return to work"),
    ALTERED_HOURS("Altered hours"),
    AMENDED_DUTIES("Amended duties"),
    WORKPLACE_ADAPTATIONS("Workplace adaptations");

    private final String label;

    Advice(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Who may issue a fit note. */
  public enum Issuer {
    DOCTOR("Doctor"),
    NURSE("Registered nurse"),
    OCCUPATIONAL_THERAPIST("Occupational therapist"),
    PHARMACIST("Pharmacist"),
    PHYSIOTHERAPIST("Physiotherapist");

    private final String label;

    Issuer(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One line for the plan and the case: verdict, advice and the period covered. */
  public String summary(java.time.format.DateTimeFormatter dates) {
    var text = new StringBuilder(verdict.label());
    if (!advice.isEmpty()) {
      text.append(": ")
          .append(
              String.join(
                  ", ",
                  advice.stream()
                      .sorted()
                      .map(a -> a.label().toLowerCase(java.util.Locale.UK))
                      .toList()));
    }
    text.append(". From ")
        .append(dates.format(from))
        .append(until == null ? "" : " to " + dates.format(until));
    text.append(" (")
        .append(issuer.label().toLowerCase(java.util.Locale.UK))
        .append(", ")
        .append(issuerName)
        .append(").");
    return text.toString();
  }
}
