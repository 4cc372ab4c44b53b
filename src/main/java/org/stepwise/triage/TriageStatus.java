package org.stepwise.triage;

/** Where an accepted referral is in triage. */
public enum TriageStatus {
  TO_TRIAGE("To triage"),
  WAITING("Waiting for support"),
  CASE_OPEN("Case open"),
  CLOSED("Closed");

  private final String label;

  TriageStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
