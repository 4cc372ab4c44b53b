package org.stepwise.staff.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The "change roles" form as typed. */
record RolesForm(@NotEmpty(message = "{user.roles.required}") List<String> roles) {}
