package org.stepwise.programme;

/** Whether a referral form asks a question, and whether it must be answered. */
public enum FieldRequirement {
  HIDDEN("Not asked"),
  OPTIONAL("Optional"),
  REQUIRED("Required");

  private final String label;

  FieldRequirement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean asked() {
    return this != HIDDEN;
  }
}
