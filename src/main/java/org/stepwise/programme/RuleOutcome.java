package org.stepwise.programme;

/** What a rule says about one referral. */
public enum RuleOutcome {
  MET("Met"),
  NOT_MET("Not met"),
  /** The referral does not say enough to tell, e.g. the work situation is not known. */
  UNKNOWN("Not known yet");

  private final String label;

  RuleOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
