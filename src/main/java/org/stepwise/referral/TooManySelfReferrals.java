package org.stepwise.referral;

/** Too many self-referrals have come from one address in the last hour. */
public class TooManySelfReferrals extends RuntimeException {
  public TooManySelfReferrals() {
    super("Too many self-referrals from one address");
  }
}
