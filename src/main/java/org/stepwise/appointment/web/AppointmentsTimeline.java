package org.stepwise.appointment.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.appointment.Appointments;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.TimelineSource;

/** Appointments on the timeline. */
@Component
class AppointmentsTimeline implements TimelineSource {

  private final Appointments appointments;

  AppointmentsTimeline(Appointments appointments) {
    this.appointments = appointments;
  }

  @Override
  public List<Entry> entriesFor(UUID referralId) {
    return appointments.forReferral(new ReferralId(referralId)).stream()
        .map(
            a ->
                new Entry(
                    a.startsAt(),
                    "Appointment",
                    a.mode().label()
                        + ", "
                        + a.minutes()
                        + " minutes"
                        + (a.place() == null ? "" : " (" + a.place() + ")")
                        + ": "
                        + a.attendance().label().toLowerCase(Locale.UK),
                    a.worker()))
        .toList();
  }
}
