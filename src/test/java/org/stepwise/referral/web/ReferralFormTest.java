package org.stepwise.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.referral.ReferralSource;
import org.stepwise.site.DateField;

class ReferralFormTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private static ProgrammeView service(FieldRequirement nhs, FieldRequirement weeks) {
    var fields = new EnumMap<FormField, FieldRequirement>(FormField.class);
    fields.put(FormField.NHS_NUMBER, nhs);
    fields.put(FormField.WEEKS_OFF_WORK, weeks);
    fields.put(FormField.EMPLOYER, FieldRequirement.HIDDEN);
    fields.put(FormField.GP_PRACTICE, FieldRequirement.HIDDEN);
    return new ProgrammeView(
        new ProgrammeId(UUID.randomUUID()),
        "Service",
        null,
        null,
        Set.of(),
        true,
        true,
        fields,
        List.of());
  }

  private static final ProgrammeView USUAL =
      service(FieldRequirement.OPTIONAL, FieldRequirement.OPTIONAL);

  private static Map<String, Object> validValues() {
    var values = new HashMap<String, Object>();
    values.put("givenName", "Aisha");
    values.put("familyName", "Rahman");
    values.put("dateOfBirth.day", "12");
    values.put("dateOfBirth.month", "4");
    values.put("dateOfBirth.year", "1986");
    values.put("nhsNumber", "943 476 5919");
    values.put("email", "aisha@example.com");
    values.put("source", "MS_NURSE");
    values.put("conditions", List.of("MULTIPLE_SCLEROSIS"));
    values.put("employmentStatus", "EMPLOYED_OFF_SICK");
    values.put("weeksOffWork", "6");
    values.put("reason", "Finding fatigue hard at work");
    values.put("consentToContact", "yes");
    values.put("consentToFeedback", "yes");
    return values;
  }

  @SuppressWarnings("unchecked")
  private static ReferralForm form(Map<String, Object> v) {
    return new ReferralForm(
        s(v, "givenName"),
        s(v, "familyName"),
        new DateField(s(v, "dateOfBirth.day"), s(v, "dateOfBirth.month"), s(v, "dateOfBirth.year")),
        s(v, "nhsNumber"),
        s(v, "email"),
        s(v, "phone"),
        s(v, "addressLine1"),
        "",
        "",
        "",
        s(v, "source"),
        (List<String>) v.getOrDefault("conditions", List.of()),
        s(v, "otherCondition"),
        s(v, "employmentStatus"),
        s(v, "weeksOffWork"),
        s(v, "employer"),
        s(v, "gpPractice"),
        s(v, "reason"),
        s(v, "consentToContact"),
        s(v, "consentToFeedback"),
        s(v, "website"));
  }

  private static String s(Map<String, Object> values, String key) {
    return (String) values.getOrDefault(key, "");
  }

  private static ReferralForm with(String field, Object value) {
    var values = validValues();
    values.put(field, value);
    return form(values);
  }

  /** Field name to message code, from bean validation and the form's own checks. */
  private Map<String, String> errorsOf(ReferralForm form, ProgrammeView service, boolean self) {
    var result = new BeanPropertyBindingResult(form, "form");
    form.check(result, TODAY, service, self);
    var codes =
        result.getFieldErrors().stream()
            .collect(Collectors.toMap(FieldError::getField, FieldError::getCode, (a, b) -> a));
    validator
        .validate(form)
        .forEach(
            violation ->
                codes.putIfAbsent(
                    violation.getPropertyPath().toString(),
                    violation.getMessageTemplate().replaceAll("[{}]", "")));
    return codes;
  }

  private Map<String, String> errorsOf(ReferralForm form) {
    return errorsOf(form, USUAL, false);
  }

  @Test
  void acceptsACompleteReferral() {
    assertThat(errorsOf(form(validValues()))).isEmpty();
    var referral = form(validValues()).toNewReferral(USUAL, false);
    assertThat(referral.person().dateOfBirth()).isEqualTo(LocalDate.of(1986, 4, 12));
    assertThat(referral.person().nhsNumber().value()).isEqualTo("9434765919");
    assertThat(referral.source()).isEqualTo(ReferralSource.MS_NURSE);
    assertThat(referral.conditions()).containsExactly(Condition.MULTIPLE_SCLEROSIS);
    assertThat(referral.employmentStatus()).isEqualTo(EmploymentStatus.EMPLOYED_OFF_SICK);
    assertThat(referral.weeksOffWork()).isEqualTo(6);
    assertThat(referral.consentToContact()).isTrue();
    assertThat(referral.consentToFeedback()).isTrue();
  }

  @Test
  void acceptsAReferralWithoutAnNhsNumberWhenItIsOptional() {
    assertThat(errorsOf(with("nhsNumber", ""))).isEmpty();
    assertThat(with("nhsNumber", "").toNewReferral(USUAL, false).person().nhsNumber()).isNull();
  }

  @Test
  void asksForTheNhsNumberWhenTheServiceRequiresIt() {
    var strict = service(FieldRequirement.REQUIRED, FieldRequirement.HIDDEN);
    assertThat(errorsOf(with("nhsNumber", ""), strict, false))
        .containsEntry("nhsNumber", "referral.nhsNumber.required");
  }

  @Test
  void ignoresQuestionsTheServiceDoesNotAsk() {
    var brief = service(FieldRequirement.HIDDEN, FieldRequirement.HIDDEN);
    var referral = with("weeksOffWork", "lots").toNewReferral(brief, false);
    assertThat(errorsOf(with("weeksOffWork", "lots"), brief, false)).isEmpty();
    assertThat(referral.weeksOffWork()).isNull();
    assertThat(referral.person().nhsNumber()).isNull();
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
    var empty = validValues();
    empty.put("dateOfBirth.day", "");
    empty.put("dateOfBirth.month", "");
    empty.put("dateOfBirth.year", "");
    assertThat(errorsOf(form(empty))).containsEntry("dateOfBirth", "referral.dateOfBirth.required");
    assertThat(errorsOf(with("dateOfBirth.month", "")))
        .containsEntry("dateOfBirth", "referral.dateOfBirth.incomplete");
    assertThat(errorsOf(with("dateOfBirth.day", "30")).get("dateOfBirth")).isNull();
    var february = validValues();
    february.put("dateOfBirth.day", "31");
    february.put("dateOfBirth.month", "2");
    assertThat(errorsOf(form(february))).containsEntry("dateOfBirth", "referral.dateOfBirth.real");
    assertThat(errorsOf(with("dateOfBirth.year", "2027")))
        .containsEntry("dateOfBirth", "referral.dateOfBirth.past");
    assertThat(errorsOf(with("dateOfBirth.year", "nineteen")))
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
  void requiresTheSourceConditionsWorkSituationReasonAndConsentAnswer() {
    assertThat(errorsOf(with("source", ""))).containsEntry("source", "referral.source.required");
    assertThat(errorsOf(with("source", "MARTIAN")))
        .containsEntry("source", "referral.source.required");
    assertThat(errorsOf(with("conditions", List.of())))
        .containsEntry("conditions", "referral.conditions.required");
    assertThat(errorsOf(with("employmentStatus", "")))
        .containsEntry("employmentStatus", "referral.employmentStatus.required");
    assertThat(errorsOf(with("reason", ""))).containsEntry("reason", "referral.reason.required");
    assertThat(errorsOf(with("consentToContact", "")))
        .containsEntry("consentToContact", "referral.consentToContact.required");
    assertThat(errorsOf(with("consentToFeedback", "")))
        .containsEntry("consentToFeedback", "referral.consentToFeedback.required");
  }

  @Test
  void asksForTheNameOfAnOtherCondition() {
    assertThat(errorsOf(with("conditions", List.of("OTHER"))))
        .containsEntry("otherCondition", "referral.otherCondition.required");
  }

  @Test
  void rejectsWeeksOffWorkThatAreNotAWholeNumber() {
    assertThat(errorsOf(with("weeksOffWork", "six")))
        .containsEntry("weeksOffWork", "referral.weeksOffWork.number");
    assertThat(errorsOf(with("weeksOffWork", "-2")))
        .containsEntry("weeksOffWork", "referral.weeksOffWork.number");
  }

  @Test
  void aSelfReferralIsFromThePersonAndNeedsTheirAgreementToBeContacted() {
    var self = with("source", "");
    assertThat(errorsOf(self, USUAL, true)).isEmpty();
    assertThat(self.toNewReferral(USUAL, true).source()).isEqualTo(ReferralSource.SELF);
    var values = validValues();
    values.put("consentToContact", "");
    assertThat(errorsOf(form(values), USUAL, true))
        .containsEntry("consentToContact", "referral.consentToContact.self");
  }

  @Test
  void spotsTheRobotTrap() {
    assertThat(with("website", "http://spam.example").filledByRobot()).isTrue();
    assertThat(form(validValues()).filledByRobot()).isFalse();
  }
}
