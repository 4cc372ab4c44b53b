package org.stepwise.staff.web;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.validation.BindingResult;

/** The "change your password" form as typed. Passwords are never sent back to the page. */
record PasswordForm(
    @NotBlank(message = "{password.current.required}") String currentPassword,
    @NotBlank(message = "{password.new.required}") String newPassword,
    @NotBlank(message = "{password.confirm.required}") String confirmPassword) {

  static final List<String> FIELD_ORDER =
      List.of("currentPassword", "newPassword", "confirmPassword");

  static PasswordForm empty() {
    return new PasswordForm("", "", "");
  }

  /** The length, and the second copy matching the first. */
  void check(BindingResult errors) {
    PasswordRules.check(errors, "newPassword", newPassword);
    if (newPassword != null
        && confirmPassword != null
        && !confirmPassword.isBlank()
        && !errors.hasFieldErrors("confirmPassword")
        && !confirmPassword.equals(newPassword)) {
      errors.rejectValue("confirmPassword", "password.confirm.different");
    }
  }
}
