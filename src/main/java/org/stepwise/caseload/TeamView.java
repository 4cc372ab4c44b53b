package org.stepwise.caseload;

import java.util.List;

/**
 * The manager's view: each worker's active cases against their limit, and continuity.
 *
 * @param keptOneWorker cases (open or closed) that have had one worker throughout
 * @param cases all cases counted
 */
public record TeamView(List<WorkerOption> workers, int keptOneWorker, int cases) {

  /** Active cases against limits, per team (workers with no team are under "No team"). */
  public List<TeamCapacity> teams() {
    return workers.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                w -> w.team() == null ? "No team" : w.team(),
                java.util.TreeMap::new,
                java.util.stream.Collectors.toList()))
        .entrySet()
        .stream()
        .map(
            e ->
                new TeamCapacity(
                    e.getKey(),
                    e.getValue().size(),
                    e.getValue().stream().mapToInt(WorkerOption::active).sum(),
                    e.getValue().stream().mapToInt(WorkerOption::limit).sum(),
                    (int) e.getValue().stream().filter(WorkerOption::hasRoom).count()))
        .toList();
  }

  /** One team's capacity. */
  public record TeamCapacity(
      String team, int workers, int active, int limit, int workersWithRoom) {}

  /** Whether there are any cases to measure continuity by. */
  public boolean hasCases() {
    return cases > 0;
  }

  /** Share of cases that kept one worker, as a whole percentage; 100 when there are none. */
  public int continuityPercent() {
    return cases == 0 ? 100 : Math.round(100f * keptOneWorker / cases);
  }
}
