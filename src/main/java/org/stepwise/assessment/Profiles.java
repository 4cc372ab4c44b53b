package org.stepwise.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.assessment.internal.ProfileRepository;
import org.stepwise.assessment.internal.VocationalProfile;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.Cases;
import org.stepwise.person.PersonId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;

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
  private final Cases cases;
  private final AuditLog auditLog;

  Profiles(ProfileRepository profiles, Cases cases, AuditLog auditLog) {
    this.profiles = profiles;
    this.cases = cases;
    this.auditLog = auditLog;
  }

  /** The profile of the person on the case, empty until something is saved. */
  @Transactional
  public ProfileView forCase(CaseId caseId) {
    cases.checkAccess(caseId);
    var personId = personOn(caseId);
    auditLog.record(AuditAction.READ, "vocational-profile", personId, "from case " + caseId);
    return profiles
        .findByPersonId(personId)
        .map(Profiles::view)
        .orElse(
            new ProfileView(new PersonId(personId), Map.of(), null, List.of(), null, null, null));
  }

  /**
   * Saves the answers (blank ones are cleared).
   *
   * @param version the version of the profile the answers were typed against (null when it had
   *     never been saved)
   * @throws ChangeRefused on the first answer that is too long
   * @throws EditConflict when someone else saved the profile since (or first); nothing is saved
   */
  @Transactional
  public void answer(
      CaseId caseId, Long version, Map<String, String> answers, Disclosure disclosure) {
    cases.checkAccess(caseId);
    for (var field : FIELDS) {
      var value = answers.get(field);
      if (value != null && value.length() > MAX_LENGTH) {
        throw ChangeRefused.onField(field, "profile." + field + ".size");
      }
    }
    var profile = load(caseId);
    profile.answer(version, answers, disclosure);
    save(profile, version);
    auditLog.record(AuditAction.UPDATE, "vocational-profile", profile.personId(), "answers");
  }

  /**
   * Adds a job to the work history.
   *
   * @throws ChangeRefused without a role
   * @throws EditConflict when someone else saved the profile at the same moment
   */
  @Transactional
  public void addJob(CaseId caseId, ProfileView.Job job) {
    cases.checkAccess(caseId);
    if (job.role() == null || job.role().isBlank()) {
      throw ChangeRefused.onField("role", "profile.job.role.required");
    }
    var profile = load(caseId);
    profile.addJob(job.role(), job.employer(), job.when(), job.wentWell(), job.harder());
    save(profile, profile.version());
    auditLog.record(AuditAction.UPDATE, "vocational-profile", profile.personId(), "job added");
  }

  /** Saves, turning a lost race (two saves at once, two first saves) into a conflict. */
  private void save(VocationalProfile profile, Long version) {
    try {
      profiles.save(profile);
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      throw new EditConflict(version == null ? -1 : version, -1);
    }
  }

  private VocationalProfile load(CaseId caseId) {
    var personId = personOn(caseId);
    return profiles.findByPersonId(personId).orElseGet(() -> VocationalProfile.start(personId));
  }

  private UUID personOn(CaseId caseId) {
    return cases.find(caseId).orElseThrow(() -> new RecordNotFound("case")).personId().id();
  }

  private static ProfileView view(VocationalProfile p) {
    return new ProfileView(
        new PersonId(p.personId()),
        p.answers(),
        p.disclosure(),
        p.jobs().stream()
            .map(
                j ->
                    new ProfileView.Job(
                        j.role(), j.employer(), j.whenText(), j.wentWell(), j.harder()))
            .toList(),
        p.updatedAt(),
        p.updatedBy(),
        p.version());
  }
}
