package org.stepwise.staff.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The "add a user" form as typed. */
record NewUserForm(
    @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,40}$", message = "{user.username.format}")
        String username,
    @NotBlank(message = "{user.displayName.required}")
        @Size(max = 100, message = "{user.displayName.size}")
        String displayName,
    @Email(message = "{user.email.format}") @Size(max = 200, message = "{user.email.format}")
        String email,
    @NotBlank(message = "{user.password.required}")
        @Size(min = 12, max = 200, message = "{user.password.size}")
        String password,
    @NotEmpty(message = "{user.roles.required}") List<String> roles) {

  static NewUserForm empty() {
    return new NewUserForm("", "", "", "", List.of());
  }

  static final List<String> FIELD_ORDER =
      List.of("username", "displayName", "email", "password", "roles=roles-CLIENT");
}
