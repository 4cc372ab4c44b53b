package org.stepwise.caseload;

import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;

/**
 * Narrows a caseload. Null parts match everything.
 *
 * @param needsAction only cases with something needing action today
 * @param overdue only cases with something overdue
 */
public record CaseloadFilter(
    Integer step,
    ProgrammeId programme,
    boolean needsAction,
    boolean overdue,
    Condition condition) {

  public static CaseloadFilter none() {
    return new CaseloadFilter(null, null, false, false, null);
  }

  boolean accepts(CaseRow row) {
    return (step == null || row.step() == step)
        && (programme == null || programme.equals(row.programmeId()))
        && (!needsAction || row.needsAction() > 0)
        && (!overdue || row.overdue())
        && (condition == null || row.conditions().contains(condition));
  }
}
