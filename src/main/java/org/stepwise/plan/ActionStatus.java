package org.stepwise.plan;

/** Where an action has got to. */
public enum ActionStatus implements org.stepwise.site.Labelled {
  TO_DO("To do"),
  DOING("Under way"),
  DONE("Done"),
  DROPPED("No longer needed");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
