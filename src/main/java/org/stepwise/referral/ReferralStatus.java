package org.stepwise.referral;

/** Where a referral has got to. */
public enum ReferralStatus {
  RECEIVED("Received", true),
  UNDER_REVIEW("Under review", true),
  ACCEPTED("Accepted", true),
  DEFERRED("Deferred", true),
  DECLINED("Declined", false),
  WITHDRAWN("Withdrawn", false);

  private final String label;
  private final boolean open;

  ReferralStatus(String label, boolean open) {
    this.label = label;
    this.open = open;
  }

  public String label() {
    return label;
  }

  /** True until the referral is declined or withdrawn. */
  public boolean open() {
    return open;
  }
}
