package org.stepwise.person;

import java.time.LocalDate;

/**
 * A person to register. Optional fields may be null.
 *
 * @param nhsNumber may be null when not known
 */
public record NewPerson(
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    NhsNumber nhsNumber,
    String email,
    String phone,
    String addressLine1,
    String addressLine2,
    String town,
    String postcode) {}
