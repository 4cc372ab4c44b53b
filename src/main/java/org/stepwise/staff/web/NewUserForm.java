package org.stepwise.staff.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.BindingResult;

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
    @NotBlank(message = "{user.password.required}") String password,
    @NotEmpty(message = "{user.roles.required}") List<String> roles) {

  /**
   * Adds errors Bean Validation cannot see: a password longer than BCrypt's 72 bytes (a character
   * outside plain English letters takes two to four), and roles that are not on the page.
   */
  void check(BindingResult errors) {
    PasswordRules.check(errors, "password", password);
    if (roles != null && !errors.hasFieldErrors("roles") && !UsersController.known(roles)) {
      errors.rejectValue("roles", "user.roles.unknown");
    }
  }

  List<String> selectedRoles() {
    return roles == null ? List.of() : roles;
  }

  static NewUserForm empty() {
    return new NewUserForm("", "", "", "", List.of());
  }

  static final List<String> FIELD_ORDER =
      List.of("username", "displayName", "email", "password", "roles");
}
