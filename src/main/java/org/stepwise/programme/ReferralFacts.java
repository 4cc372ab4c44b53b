package org.stepwise.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * What eligibility rules look at in a referral.
 *
 * @param dateOfBirth may be null
 * @param employmentStatus may be null or {@link EmploymentStatus#NOT_KNOWN}
 * @param weeksOffWork may be null when not asked or not known
 * @param asOf the date the rules are judged on
 */
public record ReferralFacts(
    LocalDate dateOfBirth,
    EmploymentStatus employmentStatus,
    Integer weeksOffWork,
    Set<Condition> conditions,
    LocalDate asOf) {

  public ReferralFacts {
    conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
  }

  /** Age in whole years on {@link #asOf}, or null when the date of birth is not known. */
  public Integer age() {
    return dateOfBirth == null ? null : Period.between(dateOfBirth, asOf).getYears();
  }
}
