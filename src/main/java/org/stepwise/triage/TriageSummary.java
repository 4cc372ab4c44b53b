package org.stepwise.triage;

import java.time.Instant;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralId;

/**
 * One person in triage or waiting, for lists.
 *
 * @param step the decided step, or null while to triage
 * @param overTarget waiting longer than the service's target for the step
 */
public record TriageSummary(
    TriageId id,
    ReferralId referralId,
    String reference,
    String fullName,
    String service,
    ProgrammeId programmeId,
    Integer step,
    String stepName,
    Instant waitingSince,
    long daysWaiting,
    boolean overTarget,
    TriageStatus status) {

  /** Waiting time in whole weeks, as the waiting list shows it. */
  public long weeksWaiting() {
    return daysWaiting / 7;
  }
}
