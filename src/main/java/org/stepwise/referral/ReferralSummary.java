package org.stepwise.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;

/**
 * One referral in a list, with how long the person has waited since it arrived.
 *
 * @param nhsNumber formatted, or null when not known
 * @param reviewDate set while deferred
 */
public record ReferralSummary(
    ReferralId referralId,
    String reference,
    String fullName,
    LocalDate dateOfBirth,
    String nhsNumber,
    String programmeName,
    ReferralSource source,
    ReferralChannel channel,
    Set<Condition> conditions,
    EmploymentStatus employmentStatus,
    ReferralStatus status,
    PersonChoice personChoice,
    Instant receivedAt,
    Instant statusChangedAt,
    LocalDate reviewDate,
    Duration waited) {

  public long daysWaited() {
    return waited.toDays();
  }

  /** Plain English: "Today", "1 day", "2 weeks", "3 weeks and 2 days". */
  public String waitedInWords() {
    long days = daysWaited();
    if (days == 0) {
      return "Today";
    }
    long weeks = days / 7;
    long rest = days % 7;
    String weekText = weeks == 0 ? "" : weeks + (weeks == 1 ? " week" : " weeks");
    String dayText = rest == 0 ? "" : rest + (rest == 1 ? " day" : " days");
    if (weekText.isEmpty()) {
      return dayText;
    }
    return dayText.isEmpty() ? weekText : weekText + " and " + dayText;
  }
}
