package org.stepwise.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A decision that needs only a reason, as typed: declining a referral, or a withdrawal. */
record ReasonForm(
    @NotBlank(message = "{referral.decision.reason.required}")
        @Size(max = 2000, message = "{referral.decision.reason.size}")
        String reason) {

  static final List<String> FIELD_ORDER = List.of("reason");
}
