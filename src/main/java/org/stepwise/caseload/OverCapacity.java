package org.stepwise.caseload;

/** Assigning would take the worker over their caseload limit, and no manager has overridden it. */
public class OverCapacity extends RuntimeException {
  public OverCapacity(String message) {
    super(message);
  }
}
