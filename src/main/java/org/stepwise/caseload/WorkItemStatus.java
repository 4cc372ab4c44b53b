package org.stepwise.caseload;

/** A work item is open, parked until a date, or done. */
public enum WorkItemStatus {
  OPEN,
  PARKED,
  DONE
}
