package org.stepwise.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.stepwise.staff.ContactPreference;
import org.stepwise.staff.StaffContact;

/**
 * Someone's own contact details as typed.
 *
 * @param address one line for each part
 * @param preference a {@link ContactPreference} name
 */
record AccountForm(
    @Pattern(
            regexp = "^\\s*$|^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$",
            message = "{account.email.format}")
        @Size(max = 200, message = "{account.email.format}")
        String email,
    @Size(max = 500, message = "{account.address.size}") String address,
    @NotBlank(message = "{account.preference.required}") String preference) {

  static final List<String> FIELD_ORDER = List.of("email", "address", "preference");

  static AccountForm of(StaffContact mine) {
    return new AccountForm(
        mine.email() == null ? "" : mine.email(),
        String.join("\n", mine.address()),
        mine.preference() == null ? "" : mine.preference().name());
  }

  /** Adds errors for a preference not on the list, and for no way to write by the one chosen. */
  void check(BindingResult result) {
    var chosen = chosenPreference();
    if (preference != null && !preference.isBlank() && chosen.isEmpty()) {
      reject(result, "preference", "account.preference.required");
    }
    if (chosen.orElse(null) == ContactPreference.EMAIL && trimmedEmail().isEmpty()) {
      reject(result, "email", "account.email.required");
    }
    if (chosen.orElse(null) == ContactPreference.POST && addressLines().isEmpty()) {
      reject(result, "address", "account.address.required");
    }
  }

  String trimmedEmail() {
    return email == null ? "" : email.trim();
  }

  List<String> addressLines() {
    return address == null
        ? List.of()
        : address.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  /** The preference chosen; call only when {@link #check} found nothing. */
  ContactPreference chosen() {
    return chosenPreference().orElseThrow();
  }

  private Optional<ContactPreference> chosenPreference() {
    for (var p : ContactPreference.values()) {
      if (preference != null && p.name().equals(preference.trim())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static void reject(BindingResult result, String field, String code) {
    if (!result.hasFieldErrors(field)) {
      result.rejectValue(field, code);
    }
  }
}
