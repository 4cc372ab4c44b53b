package org.stepwise.consent;

/** How consent was given. */
public enum ConsentMethod implements org.stepwise.site.Labelled {
  VERBAL("Verbally (in person or by phone)"),
  WRITTEN("In writing (signed form or letter)"),
  ONLINE("Online");

  private final String label;

  ConsentMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
