package org.stepwise.caseload;

import java.util.List;

/**
 * The manager's view: each worker's active cases against their limit, and continuity.
 *
 * @param keptOneWorker cases (open or closed) that have had one worker throughout
 * @param cases all cases counted
 */
public record TeamView(List<WorkerOption> workers, int keptOneWorker, int cases) {

  /** Share of cases that kept one worker, as a whole percentage; 100 when there are none. */
  public int continuityPercent() {
    return cases == 0 ? 100 : Math.round(100f * keptOneWorker / cases);
  }
}
