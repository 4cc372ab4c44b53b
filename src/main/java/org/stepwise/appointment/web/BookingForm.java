package org.stepwise.appointment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.appointment.Appointments;
import org.stepwise.appointment.Mode;
import org.stepwise.site.DateField;
import org.stepwise.site.RealDate;

/**
 * Booking an appointment, exactly as typed.
 *
 * @param time 24-hour clock, like {@code 14:30} (a dot for the colon is fine)
 * @param minutes the length, in whole minutes
 * @param mode a {@link Mode} name
 * @param place where, or the video link; needed in person
 */
record BookingForm(
    @RealDate(missing = "{appointment.on.required}", message = "{appointment.on.real}")
        DateField on,
    @NotBlank(message = "{appointment.time.format}") String time,
    @NotBlank(message = "{appointment.minutes.number}") String minutes,
    @NotBlank(message = "{appointment.mode.required}") String mode,
    @Size(max = Appointments.MAX_PLACE, message = "{appointment.place.size}") String place) {

  static final List<String> FIELD_ORDER = List.of("on=on-day", "time", "minutes", "mode", "place");

  private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})[:.](\\d{2})\\s*");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\s*\\d{1,6}\\s*");

  static BookingForm empty() {
    return new BookingForm(DateField.empty(), "", "", "", "");
  }

  /** Adds errors for a time that is not a time, a length or a way of meeting not on the list. */
  void check(BindingResult result) {
    if (!blank(time) && timeOfDay().isEmpty()) {
      reject(result, "time", "appointment.time.format");
    }
    if (!blank(minutes)) {
      if (!WHOLE_NUMBER.matcher(minutes).matches()) {
        reject(result, "minutes", "appointment.minutes.number");
      } else {
        int length = Integer.parseInt(minutes.trim());
        if (length < Appointments.MIN_MINUTES || length > Appointments.MAX_MINUTES) {
          reject(result, "minutes", "appointment.minutes.range");
        }
      }
    }
    if (!blank(mode) && chosenMode().isEmpty()) {
      reject(result, "mode", "appointment.mode.required");
    }
    if (chosenMode().orElse(null) == Mode.IN_PERSON && blank(place)) {
      reject(result, "place", "appointment.place.required");
    }
  }

  /** When it starts, in London; call only when {@link #check} found nothing. */
  Instant startsAt() {
    return on.toDate().atTime(timeOfDay().orElseThrow()).atZone(Appointments.LONDON).toInstant();
  }

  int length() {
    return Integer.parseInt(minutes.trim());
  }

  Mode chosen() {
    return chosenMode().orElseThrow();
  }

  private Optional<LocalTime> timeOfDay() {
    if (time == null) {
      return Optional.empty();
    }
    var matched = TIME.matcher(time);
    if (!matched.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(matched.group(1));
    int minute = Integer.parseInt(matched.group(2));
    return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
  }

  private Optional<Mode> chosenMode() {
    if (blank(mode)) {
      return Optional.empty();
    }
    for (var m : Mode.values()) {
      if (m.name().equals(mode.trim())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static void reject(BindingResult result, String field, String code) {
    if (result.getFieldError(field) == null) {
      result.addError(
          new FieldError(
              result.getObjectName(), field, null, false, new String[] {code}, null, code));
    }
  }
}
