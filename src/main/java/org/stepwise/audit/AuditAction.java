package org.stepwise.audit;

/** What was done to a record. */
public enum AuditAction {
  /** Personal data was shown: one record, or a list such as the waiting list. */
  READ,
  CREATE,
  UPDATE,
  DELETE
}
