package org.stepwise.correspondence;

/** How a letter reaches its recipient. */
public enum Channel {
  EMAIL("Email"),
  POST("Post");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
