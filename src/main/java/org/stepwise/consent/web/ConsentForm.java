package org.stepwise.consent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.stepwise.consent.ConsentMethod;
import org.stepwise.consent.NewConsent;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/** Consent to share, exactly as typed. {@link #check} adds what spans fields or needs today. */
record ConsentForm(
    @NotBlank(message = "{consent.recipientType.required}") String recipientType,
    @Size(max = 200, message = "{consent.recipientName.size}") String recipientName,
    @NotBlank(message = "{consent.purpose.required}") String purpose,
    @RealDate(message = "{consent.given.real}", missing = "{consent.given.required}")
        DateField given,
    @NotBlank(message = "{consent.method.required}") String method,
    @RealDate(message = "{consent.expires.real}") DateField expires,
    @Size(max = 2000, message = "{consent.note.size}") String note) {

  static final List<String> FIELD_ORDER =
      List.of(
          "recipientType",
          "recipientName",
          "purpose",
          "given=given-day",
          "method",
          "expires=expires-day",
          "note");

  static ConsentForm startingOn(LocalDate today) {
    return new ConsentForm("", "", "", DateField.of(today), "", DateField.empty(), "");
  }

  /** Adds errors for choices that are not on the page, a missing name, and dates out of order. */
  void check(BindingResult errors, LocalDate today) {
    var type = parse(RecipientType.class, recipientType);
    if (!blank(recipientType) && type.isEmpty()) {
      errors.rejectValue("recipientType", "consent.recipientType.required");
    }
    if (type.isPresent() && type.get().needsName() && blank(recipientName)) {
      errors.rejectValue("recipientName", "consent.recipientName.required");
    }
    if (!blank(purpose) && parse(Purpose.class, purpose).isEmpty()) {
      errors.rejectValue("purpose", "consent.purpose.required");
    }
    if (!blank(method) && parse(ConsentMethod.class, method).isEmpty()) {
      errors.rejectValue("method", "consent.method.required");
    }
    var givenOn = DateField.dateIn(given);
    if (givenOn != null && givenOn.isAfter(today) && errors.getFieldError("given") == null) {
      errors.rejectValue("given", "consent.given.future");
    }
    var expiresOn = DateField.dateIn(expires);
    if (givenOn != null
        && expiresOn != null
        && expiresOn.isBefore(givenOn)
        && errors.getFieldError("expires") == null) {
      errors.rejectValue("expires", "consent.expires.beforeGiven");
    }
  }

  /** The consent to record; call only when there are no errors. */
  NewConsent toNewConsent() {
    return new NewConsent(
        RecipientType.valueOf(recipientType),
        blank(recipientName) ? null : recipientName.trim(),
        Purpose.valueOf(purpose),
        given.toDate(),
        ConsentMethod.valueOf(method),
        DateField.dateIn(expires),
        note);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    try {
      return Optional.of(Enum.valueOf(type, name));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
