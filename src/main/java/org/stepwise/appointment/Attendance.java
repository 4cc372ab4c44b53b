package org.stepwise.appointment;

/** What happened to a booked appointment. */
public enum Attendance {
  BOOKED("Booked"),
  ATTENDED("Attended"),
  CANCELLED_BY_PERSON("Cancelled by the person"),
  CANCELLED_BY_SERVICE("Cancelled by the service"),
  DID_NOT_ATTEND("Did not attend");

  private final String label;

  Attendance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
