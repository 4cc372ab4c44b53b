package org.stepwise.referral;

/** Where a referral has got to. */
public enum ReferralStatus {
  RECEIVED("Received", true, "blue"),
  UNDER_REVIEW("Under review", true, "light-blue"),
  ACCEPTED("Accepted", true, "green"),
  DEFERRED("Deferred", true, "yellow"),
  DECLINED("Declined", false, "grey"),
  WITHDRAWN("Withdrawn", false, "grey");

  private final String label;
  private final boolean open;
  private final String colour;

  ReferralStatus(String label, boolean open, String colour) {
    this.label = label;
    this.open = open;
    this.colour = colour;
  }

  /** The GOV.UK tag colour every page shows this status in. */
  public String colour() {
    return colour;
  }

  public String label() {
    return label;
  }

  /** True until the referral is declined or withdrawn. */
  public boolean open() {
    return open;
  }
}
