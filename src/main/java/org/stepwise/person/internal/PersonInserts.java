package org.stepwise.person.internal;

/**
 * Writing a newly registered person in plain SQL, on the referral intake's hot path. Reading and
 * changing people stay with Spring Data JDBC; the row is the one it would write.
 */
public interface PersonInserts {

  /**
   * Writes a person just made by {@link Person#register}, within the caller's transaction. The
   * instance is not saved again: later changes load the person first.
   *
   * @throws org.springframework.dao.DuplicateKeyException when it was written before
   */
  void insert(Person fresh);
}
