package org.stepwise.programme;

/**
 * The person's work situation as the referrer knows it. Always asked, never assumed: a referrer who
 * does not know says so, and the service asks the person.
 */
public enum EmploymentStatus {
  EMPLOYED_AT_WORK("Employed and at work"),
  EMPLOYED_OFF_SICK("Employed but off work because of their health"),
  SELF_EMPLOYED("Self-employed"),
  UNEMPLOYED_LOOKING("Not working and looking for work"),
  NOT_WORKING("Not working and not looking for work"),
  NOT_KNOWN("Not known – the service will ask them");

  private final String label;

  EmploymentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
