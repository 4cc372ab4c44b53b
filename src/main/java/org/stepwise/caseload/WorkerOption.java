package org.stepwise.caseload;

import java.util.Set;
import org.stepwise.programme.Condition;

/**
 * A worker who could take a case, best first.
 *
 * @param skillMatch trained in one of the person's conditions
 * @param team the worker's team, or null
 */
public record WorkerOption(
    String username,
    String displayName,
    int active,
    int limit,
    boolean skillMatch,
    Set<Condition> skills,
    String team) {

  public int spare() {
    return limit - active;
  }

  public boolean hasRoom() {
    return active < limit;
  }
}
