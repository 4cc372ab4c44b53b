package org.stepwise.person;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.internal.Grant;
import org.stepwise.person.internal.GrantRepository;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.TeamDirectory;

/**
 * Breaking the glass: a practitioner or manager who needs a record outside their teams' services
 * says why, and may then open that person's records for a while ({@code
 * stepwise.break-glass.duration}, default one hour). Each grant is in the access log with its
 * reason, and the managers of the teams that run the service see it to review.
 */
@Service
public class BreakGlass {

  private static final int REVIEW_PAGE = 200;

  private final GrantRepository grants;
  private final People people;
  private final TeamDirectory teams;
  private final AuditLog auditLog;
  private final Clock clock;
  private final Duration lasting;

  BreakGlass(
      GrantRepository grants,
      People people,
      TeamDirectory teams,
      AuditLog auditLog,
      Clock clock,
      @Value("${stepwise.break-glass.duration:PT1H}") Duration lasting) {
    this.grants = grants;
    this.people = people;
    this.teams = teams;
    this.auditLog = auditLog;
    this.clock = clock;
    this.lasting = lasting;
  }

  /** How long a grant lasts. */
  public Duration lasting() {
    return lasting;
  }

  /** Practitioners and managers may break the glass; nobody else may. */
  public static boolean mayBreakGlass(Authentication authentication) {
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(
                a ->
                    "ROLE_PRACTITIONER".equals(a.getAuthority())
                        || "ROLE_MANAGER".equals(a.getAuthority()));
  }

  /**
   * Gives the signed-in user access to the person's records, for the stated reason.
   *
   * @param recordType what they asked for ("referral", "case", "person")
   * @param service the service the record belongs to, or null
   * @throws ChangeRefused when the reason is missing or too long
   * @throws RecordNotFound when there is no such person
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  @Transactional
  public BreakGlassId grant(
      PersonId person, String reason, String recordType, UUID recordId, ProgrammeId service) {
    if (!people.exists(person)) {
      throw new RecordNotFound("person");
    }
    var grant =
        Grant.give(
            person.id(),
            currentUser(),
            reason,
            recordType == null ? "person" : recordType,
            recordId,
            service == null ? null : service.id(),
            clock.instant(),
            lasting);
    grants.save(grant);
    auditLog.recordBreakGlass(grant.recordType(), grant.recordId(), person.id(), grant.reason());
    return new BreakGlassId(grant.id());
  }

  /** Whether the signed-in user holds an unexpired grant for this person. */
  @Transactional(readOnly = true)
  public boolean granted(PersonId person) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (person == null || !mayBreakGlass(authentication)) {
      return false;
    }
    return grants.active(authentication.getName(), person.id(), clock.instant());
  }

  /**
   * Break-glass access to records of the services the manager's teams run (and to records naming no
   * service), newest first, with the people's names. Logged as a read of those people.
   */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public List<BreakGlassView> forReview() {
    var found = grants.forServices(services(), REVIEW_PAGE);
    var names =
        people.summaries(found.stream().map(g -> new PersonId(g.personId())).distinct().toList());
    var views = new ArrayList<BreakGlassView>();
    for (var g : found) {
      var person = new PersonId(g.personId());
      var summary = names.get(person);
      views.add(
          new BreakGlassView(
              new BreakGlassId(g.id()),
              person,
              summary == null ? "" : summary.fullName(),
              g.username(),
              g.reason(),
              g.recordType(),
              g.recordId(),
              g.grantedAt(),
              g.expiresAt(),
              g.reviewedAt(),
              g.reviewedBy()));
    }
    auditLog.recordAbout(
        AuditAction.READ,
        "break-glass-list",
        null,
        found.stream().map(Grant::personId).distinct().toList(),
        "viewed " + found.size() + " break-glass accesses");
    return views;
  }

  /** How many break-glass accesses in the manager's services wait for review. */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional(readOnly = true)
  public long toReview() {
    return grants.toReview(services());
  }

  /** A manager marks an access reviewed; doing it twice changes nothing. */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public void review(BreakGlassId id) {
    var grant = grants.findById(id.id()).orElseThrow(() -> new RecordNotFound("break-glass"));
    if (grant.serviceId() != null && !services().contains(grant.serviceId())) {
      throw new RecordNotFound("break-glass");
    }
    if (grant.reviewedAt() == null) {
      grant.review(currentUser(), clock.instant());
      grants.save(grant);
      auditLog.record(AuditAction.UPDATE, "break-glass", grant.id(), "reviewed");
    }
  }

  private List<UUID> services() {
    var ids = new ArrayList<UUID>();
    teams.workplace().services().forEach(s -> ids.add(s.id()));
    // "in ()" is not SQL: a list that can match nothing stands in for none.
    ids.add(new UUID(0, 0));
    return ids;
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}
