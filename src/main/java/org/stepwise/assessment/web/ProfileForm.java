package org.stepwise.assessment.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.assessment.Disclosure;
import org.stepwise.assessment.ProfileView;
import org.stepwise.assessment.Profiles;

/**
 * The vocational profile's answers exactly as typed, with the version of the profile they were
 * typed against ({@code version} empty for a profile never saved).
 *
 * @param disclosure a {@link Disclosure} name, or empty when not answered
 */
record ProfileForm(
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.skills.size}") String skills,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.qualifications.size}")
        String qualifications,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.preferredWork.size}") String preferredWork,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.preferredHours.size}")
        String preferredHours,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.preferredLocation.size}")
        String preferredLocation,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.preferredEnvironment.size}")
        String preferredEnvironment,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.fatigue.size}") String fatigue,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.pain.size}") String pain,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.cognition.size}") String cognition,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.flareUps.size}") String flareUps,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.energyPattern.size}") String energyPattern,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.disclosureTo.size}") String disclosureTo,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.disclosureHow.size}") String disclosureHow,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.benefits.size}") String benefits,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.transport.size}") String transport,
    @Size(max = Profiles.MAX_LENGTH, message = "{profile.caring.size}") String caring,
    @Pattern(
            regexp = "|NOT_DECIDED|TOLD|PARTLY|NOT_TELLING",
            message = "{profile.disclosure.choose}")
        String disclosure,
    String version) {

  static final List<String> FIELD_ORDER;

  static {
    var order = new ArrayList<String>(Profiles.FIELDS);
    order.add(order.indexOf("disclosureTo"), "disclosure=disclosure");
    FIELD_ORDER = List.copyOf(order);
  }

  static ProfileForm of(ProfileView profile) {
    var a = profile.answers();
    return new ProfileForm(
        a.get("skills"),
        a.get("qualifications"),
        a.get("preferredWork"),
        a.get("preferredHours"),
        a.get("preferredLocation"),
        a.get("preferredEnvironment"),
        a.get("fatigue"),
        a.get("pain"),
        a.get("cognition"),
        a.get("flareUps"),
        a.get("energyPattern"),
        a.get("disclosureTo"),
        a.get("disclosureHow"),
        a.get("benefits"),
        a.get("transport"),
        a.get("caring"),
        profile.disclosure() == null ? "" : profile.disclosure().name(),
        profile.version() == null ? "" : profile.version().toString());
  }

  /** The answers by name, as {@link Profiles#answer} takes them. */
  Map<String, String> answers() {
    var all = new LinkedHashMap<String, String>();
    put(all, "skills", skills);
    put(all, "qualifications", qualifications);
    put(all, "preferredWork", preferredWork);
    put(all, "preferredHours", preferredHours);
    put(all, "preferredLocation", preferredLocation);
    put(all, "preferredEnvironment", preferredEnvironment);
    put(all, "fatigue", fatigue);
    put(all, "pain", pain);
    put(all, "cognition", cognition);
    put(all, "flareUps", flareUps);
    put(all, "energyPattern", energyPattern);
    put(all, "disclosureTo", disclosureTo);
    put(all, "disclosureHow", disclosureHow);
    put(all, "benefits", benefits);
    put(all, "transport", transport);
    put(all, "caring", caring);
    return all;
  }

  Disclosure chosenDisclosure() {
    return disclosure == null || disclosure.isBlank() ? null : Disclosure.valueOf(disclosure);
  }

  /** The version the form was read at; null for a profile never saved, or nonsense. */
  Long readAt() {
    try {
      return version == null || version.isBlank() ? null : Long.valueOf(version.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  ProfileForm at(Long current) {
    return new ProfileForm(
        skills,
        qualifications,
        preferredWork,
        preferredHours,
        preferredLocation,
        preferredEnvironment,
        fatigue,
        pain,
        cognition,
        flareUps,
        energyPattern,
        disclosureTo,
        disclosureHow,
        benefits,
        transport,
        caring,
        disclosure,
        current == null ? "" : current.toString());
  }

  private static void put(Map<String, String> map, String name, String value) {
    map.put(name, value);
  }
}
