package org.stepwise.referral;

/** What happened to a submitted referral. */
public sealed interface ReceiveResult {

  /** The referral was recorded. */
  record Received(ReferralView referral) implements ReceiveResult {}

  /** Nothing was recorded: the person seems to have an open referral already. */
  record PossibleDuplicate(DuplicateMatch existing) implements ReceiveResult {}
}
