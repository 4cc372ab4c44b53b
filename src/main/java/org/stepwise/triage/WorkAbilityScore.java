package org.stepwise.triage;

/**
 * The Work Ability Score: the first item of the Work Ability Index, current work ability against
 * lifetime best, 0-10. 0-5 poor, 6-7 moderate, 8-10 good or excellent. The Work Ability Index is
 * copyright FIOH: Stepwise ships the scoring only; the question is asked in the service's own
 * words.
 */
public final class WorkAbilityScore {

  /** Bands. */
  public enum Band {
    POOR("Poor"),
    MODERATE("Moderate"),
    GOOD("Good or excellent");

    private final String label;

    Band(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private WorkAbilityScore() {}

  /**
   * @throws IllegalArgumentException outside 0-10
   */
  public static Band band(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("The Work Ability Score is 0 to 10");
    }
    return score <= 5 ? Band.POOR : score <= 7 ? Band.MODERATE : Band.GOOD;
  }
}
