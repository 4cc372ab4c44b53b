package org.stepwise.triage;

import org.stepwise.site.Labelled;

/** The help a person says they want. */
public enum Help implements Labelled {
  INFORMATION("Information about work and health, and where to get help"),
  ADVICE("Advice about a problem at work"),
  STAY_IN_WORK("Help to stay in their job"),
  RETURN_TO_WORK("Help to go back to work after time off"),
  FIND_WORK("Help to find work"),
  MONEY("Advice on benefits and money");

  private final String label;

  Help(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
