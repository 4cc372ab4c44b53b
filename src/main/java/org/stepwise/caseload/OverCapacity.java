package org.stepwise.caseload;

import org.stepwise.site.ChangeRefused;

/**
 * Assigning would take the worker over their caseload limit, and no manager has given a reason to
 * override it. About the form's {@code worker} field; its message names the worker, their active
 * cases and their limit.
 */
public class OverCapacity extends ChangeRefused {

  public OverCapacity(String workerName, long active, int limit) {
    super("worker", "case.worker.full", workerName, active, limit);
  }
}
