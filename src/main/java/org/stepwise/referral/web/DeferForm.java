package org.stepwise.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/**
 * Deferring a referral, as typed: the day to look at it again (boxes {@code review.day}, {@code
 * .month}, {@code .year}) and why not now. Whether the day is in the future is the referral's rule.
 */
record DeferForm(
    @RealDate(
            missing = "{referral.decision.reviewDate.required}",
            message = "{referral.decision.reviewDate.real}")
        DateField review,
    @NotBlank(message = "{referral.decision.reason.required}")
        @Size(max = AcceptForm.MAX_REASON, message = "{referral.decision.reason.size}")
        String reason) {

  static final List<String> FIELD_ORDER = List.of("review=review-day", "reason");

  static DeferForm empty() {
    return new DeferForm(DateField.empty(), "");
  }
}
