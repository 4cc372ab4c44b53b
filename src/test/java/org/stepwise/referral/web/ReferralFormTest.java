package org.stepwise.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.referral.Condition;
import org.stepwise.referral.EmploymentStatus;
import org.stepwise.referral.ReferralSource;

class ReferralFormTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private static ReferralForm valid() {
    return new ReferralForm(
        "Aisha", "Rahman", "12", "4", "1986", "943 476 5919", "aisha@example.com", "", "", "", "",
        "", "MS_NURSE", List.of("MULTIPLE_SCLEROSIS"), "", "EMPLOYED_AT_WORK",
        "Finding fatigue hard at work");
  }

  private static ReferralForm with(String field, Object value) {
    var v = valid();
    return new ReferralForm(
        field.equals("givenName") ? (String) value : v.givenName(),
        field.equals("familyName") ? (String) value : v.familyName(),
        field.equals("dobDay") ? (String) value : v.dobDay(),
        field.equals("dobMonth") ? (String) value : v.dobMonth(),
        field.equals("dobYear") ? (String) value : v.dobYear(),
        field.equals("nhsNumber") ? (String) value : v.nhsNumber(),
        field.equals("email") ? (String) value : v.email(),
        v.phone(), v.addressLine1(), v.addressLine2(), v.town(), v.postcode(),
        field.equals("source") ? (String) value : v.source(),
        field.equals("conditions") ? castList(value) : v.conditions(),
        field.equals("otherCondition") ? (String) value : v.otherCondition(),
        field.equals("employmentStatus") ? (String) value : v.employmentStatus(),
        field.equals("reason") ? (String) value : v.reason());
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }

  /** Field name to message code, from bean validation and the form's own checks. */
  private java.util.Map<String, String> errorsOf(ReferralForm form) {
    var result = new BeanPropertyBindingResult(form, "form");
    form.check(result, TODAY);
    var codes =
        result.getFieldErrors().stream()
            .collect(
                Collectors.toMap(FieldError::getField, FieldError::getCode, (a, b) -> a));
    validator.validate(form).forEach(
        violation ->
            codes.putIfAbsent(
                violation.getPropertyPath().toString(),
                violation.getMessageTemplate().replaceAll("[{}]", "")));
    return codes;
  }

  @Test
  void acceptsACompleteReferral() {
    assertThat(errorsOf(valid())).isEmpty();
    var referral = valid().toNewReferral();
    assertThat(referral.person().dateOfBirth()).isEqualTo(LocalDate.of(1986, 4, 12));
    assertThat(referral.person().nhsNumber().value()).isEqualTo("9434765919");
    assertThat(referral.source()).isEqualTo(ReferralSource.MS_NURSE);
    assertThat(referral.conditions()).containsExactly(Condition.MULTIPLE_SCLEROSIS);
    assertThat(referral.employmentStatus()).isEqualTo(EmploymentStatus.EMPLOYED_AT_WORK);
  }

  @Test
  void acceptsAReferralWithoutAnNhsNumber() {
    assertThat(errorsOf(with("nhsNumber", ""))).isEmpty();
    assertThat(with("nhsNumber", "").toNewReferral().person().nhsNumber()).isNull();
  }

  @Test
  void rejectsAnNhsNumberWithAWrongCheckDigit() {
    assertThat(errorsOf(with("nhsNumber", "943 476 5918")))
        .containsEntry("nhsNumber", "referral.nhsNumber.invalid");
  }

  @Test
  void rejectsAnNhsNumberOfTheWrongLength() {
    assertThat(errorsOf(with("nhsNumber", "943 476 591")))
        .containsEntry("nhsNumber", "referral.nhsNumber.length");
  }

  @Test
  void requiresNames() {
    assertThat(errorsOf(with("givenName", " ")))
        .containsEntry("givenName", "referral.givenName.required");
    assertThat(errorsOf(with("familyName", "")))
        .containsEntry("familyName", "referral.familyName.required");
  }

  @Test
  void explainsWhatIsWrongWithTheDateOfBirth() {
    var empty = new ReferralForm("A", "B", "", "", "", "", "a@example.com", "", "", "", "", "",
        "GP", List.of("CHRONIC_PAIN"), "", "NOT_KNOWN", "Reason");
    assertThat(errorsOf(empty)).containsEntry("dateOfBirth", "referral.dateOfBirth.required");
    assertThat(errorsOf(with("dobMonth", "")))
        .containsEntry("dateOfBirth", "referral.dateOfBirth.incomplete");
    assertThat(errorsOf(with("dobDay", "30")).get("dateOfBirth")).isNull();
    assertThat(errorsOf(with("dobMonth", "2")).get("dateOfBirth")).isNull();
    var thirtyFirstOfFebruary = new ReferralForm("A", "B", "31", "2", "1986", "", "a@example.com", "", "", "",
        "", "", "GP", List.of("CHRONIC_PAIN"), "", "NOT_KNOWN", "Reason");
    assertThat(errorsOf(thirtyFirstOfFebruary))
        .containsEntry("dateOfBirth", "referral.dateOfBirth.real");
    assertThat(errorsOf(with("dobYear", "2027")))
        .containsEntry("dateOfBirth", "referral.dateOfBirth.past");
    assertThat(errorsOf(with("dobYear", "nineteen")))
        .containsEntry("dateOfBirth", "referral.dateOfBirth.real");
  }

  @Test
  void needsAtLeastOneWayToContactThePerson() {
    assertThat(errorsOf(with("email", ""))).containsEntry("contact", "referral.contact.required");
  }

  @Test
  void rejectsAMalformedEmailAddress() {
    assertThat(errorsOf(with("email", "not-an-email")))
        .containsEntry("email", "referral.email.format");
  }

  @Test
  void requiresTheSourceConditionsWorkSituationAndReason() {
    assertThat(errorsOf(with("source", ""))).containsEntry("source", "referral.source.required");
    assertThat(errorsOf(with("source", "MARTIAN"))).containsEntry("source", "referral.source.required");
    assertThat(errorsOf(with("conditions", List.of())))
        .containsEntry("conditions", "referral.conditions.required");
    assertThat(errorsOf(with("employmentStatus", "")))
        .containsEntry("employmentStatus", "referral.employmentStatus.required");
    assertThat(errorsOf(with("reason", ""))).containsEntry("reason", "referral.reason.required");
  }

  @Test
  void asksForTheNameOfAnOtherCondition() {
    assertThat(errorsOf(with("conditions", List.of("OTHER"))))
        .containsEntry("otherCondition", "referral.otherCondition.required");
  }
}
