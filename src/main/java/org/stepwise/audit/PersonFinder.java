package org.stepwise.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Finds the people the access log can be filtered by, for its data protection officer: "who looked
 * at this person's record?" starts from an NHS number or a name and date of birth. The audit module
 * cannot read people itself (the person module depends on it), so the person module implements
 * this. Answers ids only; callers must be allowed to read the access log.
 */
public interface PersonFinder {

  /**
   * The people with this NHS number.
   *
   * @param nhsNumber ten digits, no spaces; a number that is not a valid NHS number matches nobody
   */
  List<UUID> idsFor(String nhsNumber);

  /**
   * The people with this last name (ignoring case and surrounding spaces) and date of birth, and
   * this first name when one is given.
   *
   * @param givenName may be blank: then any first name
   */
  List<UUID> idsFor(String givenName, String familyName, LocalDate dateOfBirth);
}
