package org.stepwise.appointment;

import java.util.List;
import org.stepwise.site.Labelled;

/** What happened to a booked appointment. */
public enum Attendance implements Labelled {
  BOOKED("Booked", null),
  ATTENDED("Attended", "green"),
  CANCELLED_BY_PERSON("Cancelled by the person", "grey"),
  CANCELLED_BY_SERVICE("Cancelled by the service", "grey"),
  DID_NOT_ATTEND("Did not attend", "red");

  private final String label;
  private final String colour;

  Attendance(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  @Override
  public String label() {
    return label;
  }

  /** The colour of its status tag, or null for the default. */
  public String colour() {
    return colour;
  }

  /** What can be recorded about a booked appointment, in the order the form offers them. */
  public static List<Attendance> outcomes() {
    return List.of(ATTENDED, DID_NOT_ATTEND, CANCELLED_BY_PERSON, CANCELLED_BY_SERVICE);
  }
}
