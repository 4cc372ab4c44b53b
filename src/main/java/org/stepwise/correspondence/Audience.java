package org.stepwise.correspondence;

/** Who a letter is written for. */
public enum Audience {
  REFERRER("Referrer"),
  CLIENT("The person supported");

  private final String label;

  Audience(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
