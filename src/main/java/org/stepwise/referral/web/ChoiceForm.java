package org.stepwise.referral.web;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.referral.PersonChoice;
import org.stepwise.site.DateField;

/**
 * What the person said about taking part, as typed, and when to contact them if they asked to be
 * contacted later (boxes {@code later.day}, {@code .month}, {@code .year}). The date is read only
 * when they asked to be contacted later, so {@link #check} checks it, not {@code @RealDate}.
 *
 * @param choice {@link PersonChoice#AGREED}, {@link PersonChoice#DECLINED} or {@link
 *     PersonChoice#ASK_LATER}
 */
record ChoiceForm(
    @NotBlank(message = "{referral.decision.choice.required}") String choice, DateField later) {

  /** The answers a practitioner can record (not "not asked yet"). */
  static final List<PersonChoice> CHOICES =
      List.of(PersonChoice.AGREED, PersonChoice.DECLINED, PersonChoice.ASK_LATER);

  static final List<String> FIELD_ORDER = List.of("choice", "later=later-day");

  static ChoiceForm empty() {
    return new ChoiceForm("", DateField.empty());
  }

  /** The choice made, or empty for blank or one not offered. */
  Optional<PersonChoice> chosen() {
    return CHOICES.stream().filter(c -> c.name().equals(choice)).findFirst();
  }

  /** Adds errors for a choice not offered, and a missing date when they asked to be asked later. */
  void check(BindingResult result) {
    if (choice != null && !choice.isBlank() && chosen().isEmpty()) {
      reject(result, "choice", "referral.decision.choice.required");
    }
    if (chosen().orElse(null) == PersonChoice.ASK_LATER) {
      if (later == null || later.isBlank()) {
        reject(result, "later", "referral.decision.later.required");
      } else if (later.toDate() == null) {
        reject(result, "later", "referral.decision.later.real");
      }
    }
  }

  private static void reject(BindingResult result, String field, String code) {
    result.addError(
        new FieldError(
            result.getObjectName(), field, null, false, new String[] {code}, null, code));
  }
}
