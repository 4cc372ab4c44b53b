package org.stepwise.referral;

/** Where a referral has got to. Later issues add the rest of the lifecycle. */
public enum ReferralStatus {
  RECEIVED("Received");

  private final String label;

  ReferralStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
