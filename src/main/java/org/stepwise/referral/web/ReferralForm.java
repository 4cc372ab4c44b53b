package org.stepwise.referral.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.referral.Condition;
import org.stepwise.referral.EmploymentStatus;
import org.stepwise.referral.NewReferral;
import org.stepwise.referral.ReferralSource;

/**
 * The referral form exactly as typed, so that nothing the user entered is lost when it is shown
 * again with errors. {@link #check} adds the checks that span fields or need parsing.
 */
record ReferralForm(
    @NotBlank(message = "{referral.givenName.required}")
        @Size(max = 100, message = "{referral.givenName.size}")
        String givenName,
    @NotBlank(message = "{referral.familyName.required}")
        @Size(max = 100, message = "{referral.familyName.size}")
        String familyName,
    String dobDay,
    String dobMonth,
    String dobYear,
    String nhsNumber,
    @Email(message = "{referral.email.format}") @Size(max = 200, message = "{referral.email.format}")
        String email,
    @Size(max = 30, message = "{referral.phone.size}") String phone,
    @Size(max = 200, message = "{referral.address.size}") String addressLine1,
    @Size(max = 200, message = "{referral.address.size}") String addressLine2,
    @Size(max = 100, message = "{referral.town.size}") String town,
    @Size(max = 10, message = "{referral.postcode.size}") String postcode,
    @NotBlank(message = "{referral.source.required}") String source,
    List<String> conditions,
    @Size(max = 200, message = "{referral.otherCondition.size}") String otherCondition,
    @NotBlank(message = "{referral.employmentStatus.required}") String employmentStatus,
    @NotBlank(message = "{referral.reason.required}")
        @Size(max = 4000, message = "{referral.reason.size}")
        String reason) {

  /** Fields in page order, for the error summary; the date links to its day box. */
  static final List<String> FIELD_ORDER =
      List.of(
          "givenName",
          "familyName",
          "dateOfBirth=dobDay",
          "nhsNumber",
          "contact=email",
          "email",
          "phone",
          "addressLine1",
          "addressLine2",
          "town",
          "postcode",
          "source=source-GP",
          "conditions=conditions-MULTIPLE_SCLEROSIS",
          "otherCondition",
          "employmentStatus=employmentStatus-EMPLOYED_AT_WORK",
          "reason");

  static ReferralForm empty() {
    return new ReferralForm(
        "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "");
  }

  public List<String> selectedConditions() {
    return conditions == null ? List.of() : conditions;
  }

  /** Adds errors for the date of birth, NHS number, contact details and choices. */
  void check(BindingResult errors, LocalDate today) {
    var dateOfBirth = dateOfBirth();
    if (blank(dobDay) && blank(dobMonth) && blank(dobYear)) {
      reject(errors, "dateOfBirth", "referral.dateOfBirth.required");
    } else if (blank(dobDay) || blank(dobMonth) || blank(dobYear)) {
      reject(errors, "dateOfBirth", "referral.dateOfBirth.incomplete");
    } else if (dateOfBirth.isEmpty()) {
      reject(errors, "dateOfBirth", "referral.dateOfBirth.real");
    } else if (!dateOfBirth.get().isBefore(today)) {
      reject(errors, "dateOfBirth", "referral.dateOfBirth.past");
    } else if (dateOfBirth.get().isBefore(today.minusYears(120))) {
      reject(errors, "dateOfBirth", "referral.dateOfBirth.tooOld");
    } else if (dateOfBirth.get().isAfter(today.minusYears(14))) {
      reject(errors, "dateOfBirth", "referral.dateOfBirth.tooYoung");
    }
    if (!blank(nhsNumber)) {
      String digits = nhsNumber.replaceAll("[\\s-]", "");
      if (!digits.matches("\\d{10}")) {
        reject(errors, "nhsNumber", "referral.nhsNumber.length");
      } else if (!NhsNumber.isValid(digits)) {
        reject(errors, "nhsNumber", "referral.nhsNumber.invalid");
      }
    }
    if (blank(email) && blank(phone) && blank(addressLine1)) {
      reject(errors, "contact", "referral.contact.required");
    }
    if (!blank(source) && parse(ReferralSource.class, source).isEmpty()) {
      reject(errors, "source", "referral.source.required");
    }
    if (selectedConditions().isEmpty()
        || selectedConditions().stream().anyMatch(c -> parse(Condition.class, c).isEmpty())) {
      reject(errors, "conditions", "referral.conditions.required");
    } else if (selectedConditions().contains(Condition.OTHER.name()) && blank(otherCondition)) {
      reject(errors, "otherCondition", "referral.otherCondition.required");
    }
    if (!blank(employmentStatus) && parse(EmploymentStatus.class, employmentStatus).isEmpty()) {
      reject(errors, "employmentStatus", "referral.employmentStatus.required");
    }
  }

  /** The referral to submit; call only when {@link #check} and bean validation found nothing. */
  NewReferral toNewReferral() {
    Set<Condition> chosen = EnumSet.noneOf(Condition.class);
    selectedConditions().forEach(c -> chosen.add(Condition.valueOf(c)));
    var person =
        new NewPerson(
            givenName.trim(),
            familyName.trim(),
            dateOfBirth().orElseThrow(),
            blank(nhsNumber) ? null : NhsNumber.parse(nhsNumber).orElseThrow(),
            email,
            phone,
            addressLine1,
            addressLine2,
            town,
            postcode);
    return new NewReferral(
        person,
        ReferralSource.valueOf(source),
        chosen,
        otherCondition,
        EmploymentStatus.valueOf(employmentStatus),
        reason);
  }

  Optional<LocalDate> dateOfBirth() {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(dobYear.trim()),
              Integer.parseInt(dobMonth.trim()),
              Integer.parseInt(dobDay.trim())));
    } catch (NumberFormatException | DateTimeException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static void reject(BindingResult errors, String field, String code) {
    errors.addError(
        new FieldError(errors.getObjectName(), field, null, false, new String[] {code}, null, code));
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
