package org.stepwise.referral;

/** A change the referral's current state does not allow; the message is plain English. */
public class IllegalReferralChange extends RuntimeException {
  public IllegalReferralChange(String message) {
    super(message);
  }
}
