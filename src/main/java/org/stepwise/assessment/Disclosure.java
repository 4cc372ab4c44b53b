package org.stepwise.assessment;

/** Whether the person has told their employer (or a future one) about their condition. */
public enum Disclosure implements org.stepwise.site.Labelled {
  NOT_DECIDED("Not decided yet"),
  TOLD("Has told them"),
  PARTLY("Has told some people"),
  NOT_TELLING("Has decided not to tell");

  private final String label;

  Disclosure(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
