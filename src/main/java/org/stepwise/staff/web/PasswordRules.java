package org.stepwise.staff.web;

import java.nio.charset.StandardCharsets;
import org.springframework.validation.BindingResult;

/**
 * What a password must be once it is not empty: at least 12 characters and at most 72 bytes, the
 * most a BCrypt hash uses (a character outside plain English letters takes two to four), said
 * plainly on the form rather than failing or silently ignoring the rest.
 */
final class PasswordRules {

  static final int MAX_BYTES = 72;

  private PasswordRules() {}

  static final int MIN_CHARACTERS = 12;

  /** One message for the field at most: checked only when it is filled in and has no error yet. */
  static void check(BindingResult errors, String field, String password) {
    if (password == null || password.isBlank() || errors.hasFieldErrors(field)) {
      return;
    }
    if (password.length() < MIN_CHARACTERS) {
      errors.rejectValue(field, "user.password.size");
    } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      errors.rejectValue(field, "user.password.tooLong");
    }
  }
}
