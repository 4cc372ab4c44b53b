package org.stepwise.staff;

/** How someone wants the service to write to them. */
public enum ContactPreference {
  EMAIL("By email"),
  POST("By letter in the post");

  private final String label;

  ContactPreference(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
