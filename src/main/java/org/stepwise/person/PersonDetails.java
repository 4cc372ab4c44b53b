package org.stepwise.person;

import java.time.LocalDate;

/** A person's whole record as shown to someone allowed to read it. Optional fields may be null. */
public record PersonDetails(
    PersonId id,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    NhsNumber nhsNumber,
    String email,
    String phone,
    String addressLine1,
    String addressLine2,
    String town,
    String postcode) {

  public String fullName() {
    return givenName + " " + familyName;
  }
}
