package org.stepwise.triage;

import java.util.List;
import java.util.Set;
import org.stepwise.programme.EmploymentStatus;

/**
 * The triage screen's answers. Interference and confidence are 0 (none, or not at all confident) to
 * 10 (completely, or fully confident). Optional answers may be null.
 *
 * @param startBackAgree items 1-8 of the Keele STarT Back tool, or null when not used
 * @param startBackBother item 9 (0-4), or null when not used
 * @param workAbility the Work Ability Score (0-10), or null when not used
 */
public record Screening(
    EmploymentStatus employmentStatus,
    Integer hoursPerWeek,
    Integer weeksOffWork,
    JobRisk jobAtRisk,
    int confidence,
    int painInterference,
    int fatigueInterference,
    int cognitionInterference,
    int moodInterference,
    Set<Help> helpWanted,
    List<Boolean> startBackAgree,
    Integer startBackBother,
    Integer workAbility) {

  /** The most any symptom interferes with work. */
  public int maxInterference() {
    return Math.max(
        Math.max(painInterference, fatigueInterference),
        Math.max(cognitionInterference, moodInterference));
  }

  /** The STarT Back score, or null when the tool was not used. */
  public StartBack.Score startBack() {
    return startBackAgree == null || startBackBother == null
        ? null
        : StartBack.score(startBackAgree, startBackBother);
  }

  /** The Work Ability band, or null when not asked. */
  public WorkAbilityScore.Band workAbilityBand() {
    return workAbility == null ? null : WorkAbilityScore.band(workAbility);
  }
}
