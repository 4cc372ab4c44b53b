package org.stepwise.audit;

/** What was done to a record. */
public enum AuditAction {
  /** Personal data was shown: one record, or a list such as the waiting list. */
  READ,
  CREATE,
  UPDATE,
  DELETE,
  /** Someone signed in. */
  SIGN_IN,
  /** A sign-in was refused: wrong password, unknown username, disabled or locked out. */
  SIGN_IN_FAILED,
  /** Someone signed out, or their session was ended (account disabled, roles changed). */
  SIGN_OUT,
  /**
   * Someone opened a record outside their teams' work, giving a reason ("breaking the glass"); the
   * reason is kept with the entry and managers review it.
   */
  BREAK_GLASS
}
