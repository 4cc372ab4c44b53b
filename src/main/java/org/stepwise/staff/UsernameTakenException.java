package org.stepwise.staff;

/** Thrown when an account is added with a username that is already in use. */
public class UsernameTakenException extends RuntimeException {
  public UsernameTakenException(String username) {
    super("Username already in use");
  }
}
