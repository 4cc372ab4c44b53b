package org.stepwise.staff;

import java.util.Set;
import org.stepwise.programme.ProgrammeId;

/**
 * Where a member of staff works today: their teams, the services those teams run, the colleagues in
 * those teams, and the caseloads they have been asked to cover. Each module's access policy decides
 * from this whether the user may open a record; it is read from PostgreSQL on each request, so a
 * change of team takes effect at once on every node.
 *
 * @param manager holds the manager role
 * @param services the services run by the user's teams
 * @param colleagues usernames of everyone in the user's teams (the user included)
 * @param covering usernames whose caseloads the user covers today
 */
public record Workplace(
    String username,
    boolean manager,
    Set<TeamId> teams,
    Set<ProgrammeId> services,
    Set<String> colleagues,
    Set<String> covering) {

  /** The user's teams run this service. */
  public boolean runs(ProgrammeId service) {
    return service != null && services.contains(service);
  }

  /** The worker is the user, or someone whose caseload the user covers today. */
  public boolean worksFor(String worker) {
    return worker != null
        && (worker.equalsIgnoreCase(username)
            || covering.stream().anyMatch(worker::equalsIgnoreCase));
  }

  /** A manager of a team the worker belongs to. */
  public boolean manages(String worker) {
    return manager && worker != null && colleagues.stream().anyMatch(worker::equalsIgnoreCase);
  }
}
