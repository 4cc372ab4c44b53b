package org.stepwise.appointment;

import org.stepwise.site.Labelled;

/** How the appointment happens. */
public enum Mode implements Labelled {
  IN_PERSON("In person"),
  PHONE("By phone"),
  VIDEO("By video call");

  private final String label;

  Mode(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
