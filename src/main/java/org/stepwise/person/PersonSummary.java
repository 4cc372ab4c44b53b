package org.stepwise.person;

import java.time.LocalDate;

/** What a list shows of a person. */
public record PersonSummary(
    PersonId id, String fullName, LocalDate dateOfBirth, NhsNumber nhsNumber) {}
