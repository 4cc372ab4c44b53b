package org.stepwise.staff;

import java.util.Set;

/** What an administrator supplies to add an account. The password is hashed before storage. */
public record NewStaffAccount(
    String username, String displayName, String email, String password, Set<Role> roles) {}
