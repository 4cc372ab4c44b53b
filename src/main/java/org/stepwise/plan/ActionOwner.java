package org.stepwise.plan;

/** Who does an action. */
public enum ActionOwner {
  PERSON("The person"),
  WORKER("Their worker"),
  EMPLOYER("Their employer"),
  OTHER_PROFESSIONAL("Another professional");

  private final String label;

  ActionOwner(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
