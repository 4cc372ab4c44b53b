package org.stepwise.caseload;

/** Where the person is when their case closes, in words a referrer reads. */
public enum Outcome implements org.stepwise.site.Labelled {
  STAYED_IN_WORK("Stayed in their job"),
  RETURNED_TO_WORK("Went back to work after time off"),
  NEW_JOB("Started a new paid job"),
  TRAINING_OR_VOLUNTEERING("Started training, education or volunteering"),
  CLOSER_TO_WORK("Not working yet, but closer to work and with a plan"),
  CHOSE_TO_STOP("Chose to stop using the service"),
  NO_LONGER_ELIGIBLE("No longer able to use the service (for example, moved away)"),
  OTHER("Another outcome");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
