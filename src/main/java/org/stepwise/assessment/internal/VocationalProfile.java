package org.stepwise.assessment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.assessment.Disclosure;
import org.stepwise.site.EditConflict;

/** A person's vocational profile: one per person, kept across their cases. Every field optional. */
@Table("vocational_profile")
public class VocationalProfile {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID personId;
  private String skills;
  private String qualifications;
  private String preferredWork;
  private String preferredHours;
  private String preferredLocation;
  private String preferredEnvironment;
  private String fatigue;
  private String pain;
  private String cognition;
  private String flareUps;
  private String energyPattern;
  private Disclosure disclosure;
  private String disclosureTo;
  private String disclosureHow;
  private String benefits;
  private String transport;
  private String caring;

  @MappedCollection(idColumn = "profile_id", keyColumn = "position")
  private List<ProfileJob> jobs;

  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  VocationalProfile(UUID id, UUID organisationId, UUID personId, List<ProfileJob> jobs) {
    this.id = id;
    this.organisationId = organisationId;
    this.personId = personId;
    this.jobs = new ArrayList<>(jobs == null ? List.of() : jobs);
  }

  public static VocationalProfile start(UUID personId) {
    return new VocationalProfile(UUID.randomUUID(), null, personId, List.of());
  }

  /**
   * Replaces the answers with those given; blank means not given. Unknown names are ignored.
   *
   * @param expectedVersion the version the answers were typed against (null for a profile never
   *     saved)
   * @throws EditConflict when someone else saved the profile since
   */
  public void answer(Long expectedVersion, Map<String, String> answers, Disclosure disclosure) {
    if (version != null) {
      EditConflict.check(expectedVersion, version);
    }
    skills = text(answers, "skills");
    qualifications = text(answers, "qualifications");
    preferredWork = text(answers, "preferredWork");
    preferredHours = text(answers, "preferredHours");
    preferredLocation = text(answers, "preferredLocation");
    preferredEnvironment = text(answers, "preferredEnvironment");
    fatigue = text(answers, "fatigue");
    pain = text(answers, "pain");
    cognition = text(answers, "cognition");
    flareUps = text(answers, "flareUps");
    energyPattern = text(answers, "energyPattern");
    this.disclosure = disclosure;
    disclosureTo = text(answers, "disclosureTo");
    disclosureHow = text(answers, "disclosureHow");
    benefits = text(answers, "benefits");
    transport = text(answers, "transport");
    caring = text(answers, "caring");
  }

  /** The answers by name, only those given, in form order. */
  public Map<String, String> answers() {
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

  /**
   * Adds a job to the work history.
   *
   * @throws IllegalArgumentException without a role
   */
  public void addJob(String role, String employer, String when, String wentWell, String harder) {
    if (role == null || role.isBlank()) {
      throw new IllegalArgumentException("Enter the job or role");
    }
    jobs.add(new ProfileJob(role.trim(), trim(employer), trim(when), trim(wentWell), trim(harder)));
  }

  private static void put(Map<String, String> map, String name, String value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  private static String text(Map<String, String> answers, String name) {
    return trim(answers.get(name));
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The saved version (null until first saved): edit forms carry it back. */
  public Long version() {
    return version;
  }

  public UUID personId() {
    return personId;
  }

  public Disclosure disclosure() {
    return disclosure;
  }

  public List<ProfileJob> jobs() {
    return List.copyOf(jobs);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
