package org.stepwise.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.assessment.internal.ProfileRepository;
import org.stepwise.assessment.internal.VocationalProfile;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.Caseloads;

/**
 * The vocational profile of the person on a case. Practitioners and managers; every read and change
 * is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Profiles {

  /** The free-text answers a profile can hold, in form order. */
  public static final List<String> FIELDS =
      List.of(
          "skills",
          "qualifications",
          "preferredWork",
          "preferredHours",
          "preferredLocation",
          "preferredEnvironment",
          "fatigue",
          "pain",
          "cognition",
          "flareUps",
          "energyPattern",
          "disclosureTo",
          "disclosureHow",
          "benefits",
          "transport",
          "caring");

  /** The most any one answer may hold. */
  public static final int MAX_LENGTH = 5000;

  private final ProfileRepository profiles;
  private final Caseloads caseloads;
  private final AuditLog auditLog;

  Profiles(ProfileRepository profiles, Caseloads caseloads, AuditLog auditLog) {
    this.profiles = profiles;
    this.caseloads = caseloads;
    this.auditLog = auditLog;
  }

  /** The profile of the person on the case, empty until something is saved. */
  @Transactional
  public ProfileView forCase(UUID caseId) {
    var personId = personOn(caseId);
    auditLog.record(AuditAction.READ, "vocational-profile", personId, "from case " + caseId);
    return profiles
        .findByPersonId(personId)
        .map(Profiles::view)
        .orElse(new ProfileView(personId, Map.of(), null, List.of(), null, null));
  }

  /**
   * Saves the answers (blank ones are cleared).
   *
   * @throws IllegalArgumentException naming the first answer that is too long
   */
  @Transactional
  public void answer(UUID caseId, Map<String, String> answers, Disclosure disclosure) {
    for (var field : FIELDS) {
      var value = answers.get(field);
      if (value != null && value.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(field);
      }
    }
    var profile = load(caseId);
    profile.answer(answers, disclosure);
    profiles.save(profile);
    auditLog.record(AuditAction.UPDATE, "vocational-profile", profile.personId(), "answers");
  }

  @Transactional
  public void addJob(UUID caseId, ProfileView.Job job) {
    var profile = load(caseId);
    profile.addJob(job.role(), job.employer(), job.when(), job.wentWell(), job.harder());
    profiles.save(profile);
    auditLog.record(AuditAction.UPDATE, "vocational-profile", profile.personId(), "job added");
  }

  private VocationalProfile load(UUID caseId) {
    var personId = personOn(caseId);
    return profiles.findByPersonId(personId).orElseGet(() -> VocationalProfile.start(personId));
  }

  private UUID personOn(UUID caseId) {
    return caseloads
        .find(caseId)
        .orElseThrow(() -> new IllegalArgumentException("No such case"))
        .personId();
  }

  private static ProfileView view(VocationalProfile p) {
    return new ProfileView(
        p.personId(),
        p.answers(),
        p.disclosure(),
        p.jobs().stream()
            .map(
                j ->
                    new ProfileView.Job(
                        j.role(), j.employer(), j.whenText(), j.wentWell(), j.harder()))
            .toList(),
        p.updatedAt(),
        p.updatedBy());
  }
}
