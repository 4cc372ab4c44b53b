package org.stepwise.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.internal.Team;
import org.stepwise.staff.internal.TeamRepository;

/**
 * Teams: who belongs to which, and which services each runs (administrators set them up), and
 * {@link #workplace()}, where the signed-in member of staff works today, which every module's
 * access policy reads.
 */
@Service
public class TeamDirectory {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final TeamRepository teams;
  private final JdbcClient jdbc;
  private final AuditLog auditLog;
  private final Clock clock;

  TeamDirectory(TeamRepository teams, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
    this.teams = teams;
    this.jdbc = jdbc;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** Every team, by name. */
  @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
  @Transactional(readOnly = true)
  public List<TeamDetails> list() {
    return teams.allByName().stream().map(Team::details).toList();
  }

  @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
  @Transactional(readOnly = true)
  public Optional<TeamDetails> find(TeamId id) {
    return teams.findById(id.id()).map(Team::details);
  }

  /**
   * @throws ChangeRefused when another team has that name
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public TeamId create(String name, String description) {
    var team = Team.create(name, description);
    refuseTakenName(team.name(), team.id());
    teams.save(team);
    auditLog.record(AuditAction.CREATE, "team", team.id(), null);
    return new TeamId(team.id());
  }

  /**
   * Renames a team or changes its description.
   *
   * @param version the version the form was read at
   * @throws EditConflict when someone else changed the team since
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void describe(TeamId id, String name, String description, long version) {
    var team = load(id);
    EditConflict.check(version, team.version());
    team.describe(name, description);
    refuseTakenName(team.name(), team.id());
    save(team, "details");
  }

  /**
   * Adds a member of staff to the team (adding someone already in it changes nothing).
   *
   * @throws ChangeRefused when there is no account with that name
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void addMember(TeamId id, String username) {
    var team = load(id);
    String known =
        jdbc.sql("select username from staff_user where lower(username) = lower(:u)")
            .param("u", username == null ? "" : username.trim())
            .query(String.class)
            .optional()
            .orElseThrow(() -> ChangeRefused.onField("username", "team.member.unknown"));
    team.add(known, clock.instant(), currentUser());
    save(team, "member added");
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void removeMember(TeamId id, String username) {
    var team = load(id);
    team.remove(username);
    save(team, "member removed");
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void addService(TeamId id, ProgrammeId service) {
    var team = load(id);
    team.run(service, clock.instant(), currentUser());
    save(team, "service added");
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void removeService(TeamId id, ProgrammeId service) {
    var team = load(id);
    team.stopRunning(service);
    save(team, "service removed");
  }

  /** Where the signed-in user works today (empty for someone not signed in). */
  @Transactional(readOnly = true)
  public Workplace workplace() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      return new Workplace("", false, Set.of(), Set.of(), Set.of(), Set.of());
    }
    boolean manager =
        authentication.getAuthorities().stream()
            .anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
    return workplace(authentication.getName(), manager);
  }

  /** Where a member of staff works today. */
  @Transactional(readOnly = true)
  public Workplace workplace(String username, boolean manager) {
    Set<TeamId> teamIds = new HashSet<>();
    jdbc.sql("select team_id from team_member where lower(username) = lower(:u)")
        .param("u", username)
        .query(UUID.class)
        .list()
        .forEach(id -> teamIds.add(new TeamId(id)));
    Set<ProgrammeId> services = new HashSet<>();
    Set<String> colleagues = new HashSet<>();
    colleagues.add(username);
    if (!teamIds.isEmpty()) {
      var ids = teamIds.stream().map(TeamId::id).toList();
      jdbc.sql("select distinct programme_id from team_service where team_id in (:ids)")
          .param("ids", ids)
          .query(UUID.class)
          .list()
          .forEach(id -> services.add(new ProgrammeId(id)));
      colleagues.addAll(
          jdbc.sql("select distinct username from team_member where team_id in (:ids)")
              .param("ids", ids)
              .query(String.class)
              .list());
    }
    var covering =
        Set.copyOf(
            jdbc.sql(
                    "select distinct covered from caseload_cover where lower(covering) ="
                        + " lower(:u) and ended_at is null and until >= :today")
                .param("u", username)
                .param("today", LocalDate.now(clock.withZone(LONDON)))
                .query(String.class)
                .list());
    return new Workplace(
        username,
        manager,
        Set.copyOf(teamIds),
        Set.copyOf(services),
        Set.copyOf(colleagues),
        covering);
  }

  /** The managers in the teams that run a service, to be told of a break-glass access. */
  @Transactional(readOnly = true)
  public List<String> managersOf(ProgrammeId service) {
    return jdbc.sql(
            """
            select distinct u.username from team_service s
            join team_member m on m.team_id = s.team_id
            join staff_user u on lower(u.username) = lower(m.username)
            where s.programme_id = :service and 'MANAGER' = any(u.roles) and u.enabled
            order by u.username
            """)
        .param("service", service.id())
        .query(String.class)
        .list();
  }

  private Team load(TeamId id) {
    return teams.findById(id.id()).orElseThrow(() -> new RecordNotFound("team"));
  }

  private void save(Team team, String detail) {
    try {
      teams.save(team);
    } catch (OptimisticLockingFailureException e) {
      throw new EditConflict(team.version(), team.version() + 1);
    }
    auditLog.record(AuditAction.UPDATE, "team", team.id(), detail);
  }

  private void refuseTakenName(String name, UUID except) {
    if (teams.nameTaken(name, except)) {
      throw ChangeRefused.onField("name", "team.name.taken", name);
    }
  }

  private static String currentUser() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }
}
