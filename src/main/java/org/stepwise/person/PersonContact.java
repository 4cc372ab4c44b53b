package org.stepwise.person;

import java.util.List;

/**
 * How to reach a person.
 *
 * @param email null when not known
 * @param address postal address lines, empty when not known
 */
public record PersonContact(
    String fullName, String firstName, String email, List<String> address) {}
