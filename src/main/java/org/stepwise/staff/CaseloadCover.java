package org.stepwise.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.internal.Cover;
import org.stepwise.staff.internal.CoverRepository;
import org.stepwise.staff.internal.StaffUser;
import org.stepwise.staff.internal.StaffUserRepository;

/**
 * Delegation: a manager lets one worker cover another's caseload until a date, so that the covering
 * worker can open and work on those cases (holidays, sickness). Both workers must be in the
 * manager's teams.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class CaseloadCover {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final CoverRepository covers;
  private final StaffUserRepository users;
  private final TeamDirectory teams;
  private final AuditLog auditLog;
  private final Clock clock;

  CaseloadCover(
      CoverRepository covers,
      StaffUserRepository users,
      TeamDirectory teams,
      AuditLog auditLog,
      Clock clock) {
    this.covers = covers;
    this.users = users;
    this.teams = teams;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * @param until the last day of cover
   * @throws ChangeRefused when either worker is not in the manager's teams, they are the same
   *     person, or the date is past
   */
  @Transactional
  public CoverId arrange(String covered, String covering, LocalDate until) {
    var workplace = teams.workplace();
    var coveredUser = worker(covered, "covered", workplace);
    var coveringUser = worker(covering, "covering", workplace);
    if (until == null) {
      throw ChangeRefused.onField("until", "cover.until.required");
    }
    var cover = Cover.arrange(coveredUser.username(), coveringUser.username(), until, today());
    covers.save(cover);
    auditLog.record(AuditAction.CREATE, "caseload-cover", cover.id(), null);
    return new CoverId(cover.id());
  }

  /** Ends cover before its date. */
  @Transactional
  public void end(CoverId id) {
    var cover = covers.findById(id.id()).orElseThrow(() -> new RecordNotFound("cover"));
    if (!teams.workplace().manages(cover.covered())) {
      throw new RecordNotFound("cover");
    }
    cover.end(clock.instant(), teams.workplace().username());
    covers.save(cover);
    auditLog.record(AuditAction.UPDATE, "caseload-cover", cover.id(), "ended");
  }

  /** Cover in place today or later, for workers in the manager's teams. */
  @Transactional(readOnly = true)
  public List<CoverView> current() {
    var workplace = teams.workplace();
    var names =
        users.findAllByOrderByUsername().stream()
            .collect(
                Collectors.toMap(
                    u -> u.username().toLowerCase(),
                    StaffUser::displayName,
                    (a, b) -> a,
                    java.util.HashMap::new));
    Function<String, String> name = u -> names.getOrDefault(u.toLowerCase(), u);
    return covers.current(today()).stream()
        .filter(c -> workplace.manages(c.covered()))
        .map(
            c ->
                new CoverView(
                    new CoverId(c.id()),
                    c.covered(),
                    name.apply(c.covered()),
                    c.covering(),
                    name.apply(c.covering()),
                    c.until(),
                    c.createdBy()))
        .toList();
  }

  private StaffUser worker(String username, String field, Workplace workplace) {
    return users
        .findByUsername(username == null ? "" : username.trim())
        .filter(u -> u.enabled() && u.roles().contains(Role.PRACTITIONER))
        .filter(u -> workplace.manages(u.username()))
        .orElseThrow(() -> ChangeRefused.onField(field, "cover." + field + ".unknown"));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LONDON));
  }
}
