package org.stepwise.referral.internal;

/**
 * Writing a new referral in plain SQL: the intake's hot path (a GP system can send hundreds a
 * second). Reading and changing referrals stay with Spring Data JDBC; the row written here is the
 * same row it would write, with the same audit columns, first version and published events.
 */
public interface ReferralInserts {

  /**
   * Writes a referral just made by {@link Referral#receive} with its first transition and notes,
   * then publishes its events within the caller's transaction. The instance is not saved again:
   * later changes load the referral first, as every other change does.
   *
   * @throws IllegalArgumentException when it is not a referral just received
   * @throws org.springframework.dao.DuplicateKeyException when it was written before
   */
  void insert(Referral fresh);
}
