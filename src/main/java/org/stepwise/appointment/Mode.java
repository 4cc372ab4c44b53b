package org.stepwise.appointment;

/** How the appointment happens. */
public enum Mode {
  IN_PERSON("In person"),
  PHONE("By phone"),
  VIDEO("By video call");

  private final String label;

  Mode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
