package org.stepwise.plan;

/** Who does an action. */
public enum ActionOwner implements org.stepwise.site.Labelled {
  PERSON("The person"),
  WORKER("Their worker"),
  EMPLOYER("Their employer"),
  OTHER_PROFESSIONAL("Another professional");

  private final String label;

  ActionOwner(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
