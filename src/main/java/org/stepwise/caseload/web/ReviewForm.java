package org.stepwise.caseload.web;

import java.util.List;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/** The next review's date as typed. */
record ReviewForm(
    @RealDate(message = "{case.review.real}", missing = "{case.review.required}")
        DateField review) {

  static final List<String> FIELD_ORDER = List.of("review=review-day");

  static ReviewForm of(java.time.LocalDate planned) {
    return new ReviewForm(DateField.of(planned));
  }
}
