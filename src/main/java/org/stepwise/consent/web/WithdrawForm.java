package org.stepwise.consent.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/** A withdrawal of consent exactly as typed. */
record WithdrawForm(
    @RealDate(message = "{consent.withdraw.real}", missing = "{consent.withdraw.required}")
        DateField on,
    @Size(max = 2000, message = "{consent.withdraw.reason.size}") String reason) {

  static final List<String> FIELD_ORDER = List.of("on=on-day", "reason");

  static WithdrawForm startingOn(LocalDate today) {
    return new WithdrawForm(DateField.of(today), "");
  }
}
