package org.stepwise.caseload;

/** Whether a case is open (the person is being supported) or closed, with an outcome. */
public enum CaseStatus {
  OPEN,
  CLOSED
}
