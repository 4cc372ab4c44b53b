package org.stepwise.referral.web;

import java.util.Arrays;
import java.util.List;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.referral.ReferralSource;
import org.stepwise.site.Choice;

/** The options of the referral form's radios and checkboxes. */
final class ReferralChoices {

  /** Does the person know about the referral and agree to be contacted? */
  static final List<Choice> CONTACT = List.of(Choice.of("yes", "Yes"), Choice.of("no", "Not yet"));

  /** May the service tell the referrer what happens? */
  static final List<Choice> FEEDBACK =
      List.of(Choice.of("yes", "Yes"), Choice.of("no", "No, or not asked"));

  /** The one checkbox a person referring themselves ticks. */
  static final List<Choice> SELF_CONTACT =
      List.of(Choice.of("yes", "I agree that the service can contact me about this referral"));

  private ReferralChoices() {}

  /** Who a professional can be; "self" is the public form's. */
  static List<Choice> sources() {
    return Arrays.stream(ReferralSource.values())
        .filter(s -> s != ReferralSource.SELF)
        .map(s -> Choice.of(s.name(), s.label()))
        .toList();
  }

  /**
   * A person referring themselves knows their situation, so "not known" is only for others; and
   * they read about their own health, not "their" health.
   */
  static List<Choice> employmentStatuses(boolean selfReferral) {
    return Arrays.stream(EmploymentStatus.values())
        .filter(s -> !selfReferral || s != EmploymentStatus.NOT_KNOWN)
        .map(
            s ->
                Choice.of(
                    s.name(),
                    selfReferral && s == EmploymentStatus.EMPLOYED_OFF_SICK
                        ? "Employed but off work because of your health"
                        : s.label()))
        .toList();
  }
}
