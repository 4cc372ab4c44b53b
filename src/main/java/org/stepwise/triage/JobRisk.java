package org.stepwise.triage;

import org.stepwise.site.Labelled;

/** Whether the person thinks they may lose their job. */
public enum JobRisk implements Labelled {
  YES("Yes"),
  NO("No"),
  NOT_SURE("Not sure"),
  NOT_WORKING("Not working");

  private final String label;

  JobRisk(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
