package org.stepwise.appointment.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.appointment.Appointments;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordPanel;

/** The appointments section on a referral's and a case's page. */
@Component
class AppointmentsPanel implements RecordPanel {

  private final Appointments appointments;

  AppointmentsPanel(Appointments appointments) {
    this.appointments = appointments;
  }

  @Override
  public Panel panelFor(UUID referralId, UUID personId) {
    var list = appointments.forReferral(new ReferralId(referralId));
    if (list.isEmpty()) {
      return new Panel("Appointments", List.of("None booked."), List.of(), null, null);
    }
    var lines =
        list.stream()
            .map(
                a ->
                    Dates.dayAndDate(a.startsAt())
                        + ", "
                        + Dates.time(a.startsAt())
                        + ", "
                        + a.mode().label().toLowerCase(Locale.UK)
                        + (a.place() == null ? "" : " (" + a.place() + ")")
                        + ": "
                        + a.attendance().label())
            .toList();
    return new Panel(
        "Appointments",
        lines,
        List.of(),
        "/cases/" + list.getFirst().caseId() + "/appointments",
        "Book or record appointments");
  }
}
