package org.stepwise.triage;

/** Whether the person thinks they may lose their job. */
public enum JobRisk {
  YES("Yes"),
  NO("No"),
  NOT_SURE("Not sure"),
  NOT_WORKING("Not working");

  private final String label;

  JobRisk(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
