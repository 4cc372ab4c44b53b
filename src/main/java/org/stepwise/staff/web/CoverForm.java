package org.stepwise.staff.web;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.stepwise.site.DateField;
import org.stepwise.site.FormValues;
import org.stepwise.site.RealDate;

/**
 * Cover as typed: whose caseload (a username), who covers it (a username) and the last day.
 *
 * @param until the last day of cover, inclusive
 */
record CoverForm(
    @NotBlank(message = "{cover.covered.unknown}") String covered,
    @NotBlank(message = "{cover.covering.unknown}") String covering,
    @RealDate(missing = "{cover.until.required}", message = "{cover.until.real}") DateField until) {

  static final List<String> FIELD_ORDER = List.of("covered", "covering", "until=until-day");

  CoverForm {
    covered = covered == null ? "" : covered.trim();
    covering = covering == null ? "" : covering.trim();
    until = until == null ? DateField.empty() : until;
  }

  /** An empty form, with the worker whose caseload needs cover chosen when one is given. */
  static CoverForm forWorker(String covered) {
    return new CoverForm(covered, "", DateField.empty());
  }

  /** The one check that spans fields: a worker cannot cover their own caseload. */
  void check(BindingResult result) {
    if (!covered.isEmpty() && covered.equalsIgnoreCase(covering)) {
      FormValues.reject(result, "covering", "cover.covering.same");
    }
  }
}
