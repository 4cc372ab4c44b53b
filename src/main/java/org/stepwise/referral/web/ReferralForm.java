package org.stepwise.referral.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.referral.NewReferral;
import org.stepwise.referral.ReferralSource;
import org.stepwise.site.DateField;
import org.stepwise.site.FormValues;

/**
 * The referral form exactly as typed, for professionals and for people referring themselves, so
 * that nothing the user entered is lost when it is shown again with errors. {@link #check} adds the
 * checks that span fields, need parsing, or depend on the service's form settings.
 *
 * @param consentToContact "yes" or "no"
 * @param consentToFeedback "yes" or "no": may we tell the referrer what happens
 * @param website a field people never see; only robots fill it in
 */
record ReferralForm(
    @NotBlank(message = "{referral.givenName.required}")
        @Size(max = 100, message = "{referral.givenName.size}")
        String givenName,
    @NotBlank(message = "{referral.familyName.required}")
        @Size(max = 100, message = "{referral.familyName.size}")
        String familyName,
    DateField dateOfBirth,
    String nhsNumber,
    @Email(message = "{referral.email.format}")
        @Size(max = 200, message = "{referral.email.format}")
        String email,
    @Size(max = 30, message = "{referral.phone.size}") String phone,
    @Size(max = 200, message = "{referral.address.size}") String addressLine1,
    @Size(max = 200, message = "{referral.address.size}") String addressLine2,
    @Size(max = 100, message = "{referral.town.size}") String town,
    @Size(max = 10, message = "{referral.postcode.size}") String postcode,
    String source,
    List<String> conditions,
    @Size(max = 200, message = "{referral.otherCondition.size}") String otherCondition,
    @NotBlank(message = "{referral.employmentStatus.required}") String employmentStatus,
    String weeksOffWork,
    @Size(max = 200, message = "{referral.employer.size}") String employer,
    @Size(max = 200, message = "{referral.gpPractice.size}") String gpPractice,
    @NotBlank(message = "{referral.reason.required}")
        @Size(max = 4000, message = "{referral.reason.size}")
        String reason,
    String consentToContact,
    String consentToFeedback,
    String website) {

  /** Fields in page order, for the error summary; some link to their first box or option. */
  static final List<String> FIELD_ORDER =
      List.of(
          "givenName",
          "familyName",
          "dateOfBirth=dateOfBirth-day",
          "nhsNumber",
          "contact=email",
          "email",
          "phone",
          "addressLine1",
          "addressLine2",
          "town",
          "postcode",
          "gpPractice",
          "source",
          "employmentStatus",
          "weeksOffWork",
          "employer",
          "conditions=conditions-OTHER",
          "otherCondition",
          "reason",
          "consentToContact",
          "consentToFeedback");

  static ReferralForm empty() {
    return new ReferralForm(
        "",
        "",
        DateField.empty(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "");
  }

  public List<String> selectedConditions() {
    return conditions == null ? List.of() : conditions;
  }

  /** True when the hidden robot trap was filled in. */
  boolean filledByRobot() {
    return website != null && !website.isBlank();
  }

  /**
   * Adds errors for the date of birth, NHS number, contact details, choices and the questions the
   * service requires.
   *
   * @param selfReferral the person is referring themselves (the source is not asked)
   */
  void check(BindingResult errors, LocalDate today, ProgrammeView programme, boolean selfReferral) {
    var dateOfBirth = birthDate();
    if (this.dateOfBirth == null || this.dateOfBirth.isBlank()) {
      FormValues.reject(errors, "dateOfBirth", "referral.dateOfBirth.required");
    } else if (this.dateOfBirth.isPartial()) {
      FormValues.reject(errors, "dateOfBirth", "referral.dateOfBirth.incomplete");
    } else if (dateOfBirth.isEmpty()) {
      FormValues.reject(errors, "dateOfBirth", "referral.dateOfBirth.real");
    } else if (!dateOfBirth.get().isBefore(today)) {
      FormValues.reject(errors, "dateOfBirth", "referral.dateOfBirth.past");
    } else if (dateOfBirth.get().isBefore(today.minusYears(120))) {
      FormValues.reject(errors, "dateOfBirth", "referral.dateOfBirth.tooOld");
    } else if (dateOfBirth.get().isAfter(today.minusYears(14))) {
      FormValues.reject(errors, "dateOfBirth", "referral.dateOfBirth.tooYoung");
    }
    var nhsRequirement = programme.requirement(FormField.NHS_NUMBER);
    if (!FormValues.blank(nhsNumber) && nhsRequirement.asked()) {
      String digits = nhsNumber.replaceAll("[\\s-]", "");
      if (!digits.matches("\\d{10}")) {
        FormValues.reject(errors, "nhsNumber", "referral.nhsNumber.length");
      } else if (!NhsNumber.isValid(digits)) {
        FormValues.reject(errors, "nhsNumber", "referral.nhsNumber.invalid");
      }
    } else if (nhsRequirement == FieldRequirement.REQUIRED) {
      FormValues.reject(errors, "nhsNumber", "referral.nhsNumber.required");
    }
    if (FormValues.blank(email) && FormValues.blank(phone) && FormValues.blank(addressLine1)) {
      FormValues.reject(
          errors, "contact", selfReferral ? "referral.contact.self" : "referral.contact.required");
    }
    if (!selfReferral && FormValues.choice(ReferralSource.class, source).isEmpty()) {
      FormValues.reject(errors, "source", "referral.source.required");
    }
    if (selectedConditions().isEmpty()
        || selectedConditions().stream()
            .anyMatch(c -> FormValues.choice(Condition.class, c).isEmpty())) {
      FormValues.reject(errors, "conditions", "referral.conditions.required");
    } else if (selectedConditions().contains(Condition.OTHER.name())
        && FormValues.blank(otherCondition)) {
      FormValues.reject(errors, "otherCondition", "referral.otherCondition.required");
    }
    if (!FormValues.blank(employmentStatus)
        && FormValues.choice(EmploymentStatus.class, employmentStatus).isEmpty()) {
      FormValues.reject(errors, "employmentStatus", "referral.employmentStatus.required");
    }
    var weeksRequirement = programme.requirement(FormField.WEEKS_OFF_WORK);
    if (weeksRequirement.asked() && !FormValues.blank(weeksOffWork)) {
      if (weeks().isEmpty()) {
        FormValues.reject(errors, "weeksOffWork", "referral.weeksOffWork.number");
      }
    } else if (weeksRequirement == FieldRequirement.REQUIRED && offWork()) {
      FormValues.reject(errors, "weeksOffWork", "referral.weeksOffWork.required");
    }
    if (programme.requirement(FormField.EMPLOYER) == FieldRequirement.REQUIRED
        && FormValues.blank(employer)
        && employed()) {
      FormValues.reject(errors, "employer", "referral.employer.required");
    }
    if (programme.requirement(FormField.GP_PRACTICE) == FieldRequirement.REQUIRED
        && FormValues.blank(gpPractice)) {
      FormValues.reject(errors, "gpPractice", "referral.gpPractice.required");
    }
    if (selfReferral) {
      if (!"yes".equals(consentToContact)) {
        FormValues.reject(errors, "consentToContact", "referral.consentToContact.self");
      }
    } else {
      if (!"yes".equals(consentToContact) && !"no".equals(consentToContact)) {
        FormValues.reject(errors, "consentToContact", "referral.consentToContact.required");
      }
      if (!"yes".equals(consentToFeedback) && !"no".equals(consentToFeedback)) {
        FormValues.reject(errors, "consentToFeedback", "referral.consentToFeedback.required");
      }
    }
  }

  /** The referral to submit; call only when {@link #check} and bean validation found nothing. */
  NewReferral toNewReferral(ProgrammeView programme, boolean selfReferral) {
    Set<Condition> chosen = EnumSet.noneOf(Condition.class);
    selectedConditions().forEach(c -> chosen.add(Condition.valueOf(c)));
    boolean asksNhs = programme.requirement(FormField.NHS_NUMBER).asked();
    var person =
        new NewPerson(
            givenName.trim(),
            familyName.trim(),
            birthDate().orElseThrow(),
            !asksNhs || FormValues.blank(nhsNumber)
                ? null
                : NhsNumber.parse(nhsNumber).orElseThrow(),
            email,
            phone,
            addressLine1,
            addressLine2,
            town,
            postcode);
    return new NewReferral(
        person,
        programme.id(),
        selfReferral ? ReferralSource.SELF : ReferralSource.valueOf(source),
        chosen,
        otherCondition,
        EmploymentStatus.valueOf(employmentStatus),
        programme.requirement(FormField.WEEKS_OFF_WORK).asked() ? weeks().orElse(null) : null,
        programme.requirement(FormField.EMPLOYER).asked() ? employer : null,
        programme.requirement(FormField.GP_PRACTICE).asked() ? gpPractice : null,
        reason,
        "yes".equals(consentToContact),
        !selfReferral && "yes".equals(consentToFeedback));
  }

  /** The date of birth typed, if it is a real date. */
  Optional<LocalDate> birthDate() {
    return Optional.ofNullable(DateField.dateIn(dateOfBirth));
  }

  private Optional<Integer> weeks() {
    try {
      int weeks = Integer.parseInt(weeksOffWork.trim());
      return weeks >= 0 && weeks <= 520 ? Optional.of(weeks) : Optional.empty();
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private boolean offWork() {
    return EmploymentStatus.EMPLOYED_OFF_SICK.name().equals(employmentStatus);
  }

  private boolean employed() {
    return EmploymentStatus.EMPLOYED_AT_WORK.name().equals(employmentStatus)
        || EmploymentStatus.EMPLOYED_OFF_SICK.name().equals(employmentStatus);
  }
}
