package org.stepwise.audit;

import org.stepwise.site.Labelled;

/** What was done to a record. */
public enum AuditAction implements Labelled {
  /** Personal data was shown: one record, or a list such as the waiting list. */
  READ("Viewed"),
  CREATE("Created"),
  UPDATE("Changed"),
  DELETE("Deleted"),
  /** Someone signed in. */
  SIGN_IN("Signed in"),
  /** A sign-in was refused: wrong password, unknown username, disabled or locked out. */
  SIGN_IN_FAILED("Sign-in refused"),
  /** Someone signed out, or their session was ended (account disabled, roles changed). */
  SIGN_OUT("Signed out"),
  /**
   * Someone opened a record outside their teams' work, giving a reason ("breaking the glass"); the
   * reason is kept with the entry and managers review it.
   */
  BREAK_GLASS("Broke the glass");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  /** The action in plain words, as the access log shows it. */
  @Override
  public String label() {
    return label;
  }
}
