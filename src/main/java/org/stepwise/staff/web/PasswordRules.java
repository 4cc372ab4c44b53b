package org.stepwise.staff.web;

import java.nio.charset.StandardCharsets;
import org.springframework.validation.BindingResult;

/**
 * What a password must be, beyond the 12-character minimum the forms declare: at most 72 bytes, the
 * most a BCrypt hash uses (a character outside plain English letters takes two to four), said
 * plainly on the form rather than failing or silently ignoring the rest.
 */
final class PasswordRules {

  static final int MAX_BYTES = 72;

  private PasswordRules() {}

  static void check(BindingResult errors, String field, String password) {
    if (password != null
        && !errors.hasFieldErrors(field)
        && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      errors.rejectValue(field, "user.password.tooLong");
    }
  }
}
