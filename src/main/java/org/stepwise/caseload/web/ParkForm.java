package org.stepwise.caseload.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/** Parking a work item as typed: until when, and why. */
record ParkForm(
    @RealDate(message = "{workItem.park.until.real}", missing = "{workItem.park.until.required}")
        DateField until,
    @NotBlank(message = "{workItem.park.reason.required}")
        @Size(max = 1000, message = "{workItem.park.reason.size}")
        String reason) {

  static final List<String> FIELD_ORDER = List.of("until=until-day", "reason");

  static ParkForm empty() {
    return new ParkForm(DateField.empty(), "");
  }
}
