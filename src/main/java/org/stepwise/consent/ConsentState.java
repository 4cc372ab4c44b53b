package org.stepwise.consent;

/** Whether a consent can be relied on today. */
public enum ConsentState {
  ACTIVE("Active"),
  NOT_YET("Starts later"),
  EXPIRED("Expired"),
  WITHDRAWN("Withdrawn");

  private final String label;

  ConsentState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
