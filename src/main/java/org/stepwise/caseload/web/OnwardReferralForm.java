package org.stepwise.caseload.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepwise.caseload.OnwardReferrals;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/** An onward referral as typed: the service, why, and the day (blank for today). */
record OnwardReferralForm(
    @NotBlank(message = "{onward.service.required}")
        @Size(max = OnwardReferrals.MAX_SERVICE, message = "{onward.service.size}")
        String service,
    @Size(max = OnwardReferrals.MAX_REASON, message = "{onward.reason.size}") String reason,
    @RealDate(message = "{onward.made.real}") DateField made) {

  static final List<String> FIELD_ORDER = List.of("service", "reason", "made=made-day");

  static OnwardReferralForm empty() {
    return new OnwardReferralForm("", "", DateField.empty());
  }
}
