package org.stepwise.staff;

import java.util.List;

/**
 * How to write to someone who signs in, a referrer say.
 *
 * @param email null when not given
 * @param address postal address lines, empty when not given
 */
public record StaffContact(
    String username,
    String displayName,
    String email,
    List<String> address,
    ContactPreference preference) {}
