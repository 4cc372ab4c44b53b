package org.stepwise.referral;

/** What the person said when asked whether they want to take part. Taking part is voluntary. */
public enum PersonChoice {
  NOT_ASKED("Not asked yet"),
  AGREED("Wants to take part"),
  DECLINED("Does not want to take part"),
  ASK_LATER("Asked to be contacted later");

  private final String label;

  PersonChoice(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
