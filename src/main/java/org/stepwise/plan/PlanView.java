package org.stepwise.plan;

import java.time.LocalDate;
import java.util.List;
import org.stepwise.caseload.CaseId;

/**
 * A case's plan as it stands, with its agreed versions.
 *
 * @param planId the plan's id; null until first saved
 * @param version the saved version, which edit forms carry back; null until first saved
 * @param updatedAt when it was last saved, or null
 * @param updatedBy who saved it last (a username), or null
 */
public record PlanView(
    PlanId planId,
    CaseId caseId,
    String goals,
    String adjustments,
    String pacing,
    String flareUp,
    List<Action> actions,
    int agreedVersion,
    List<Agreement> agreements,
    Long version,
    java.time.Instant updatedAt,
    String updatedBy) {

  /** One action. */
  public record Action(
      int position, String description, ActionOwner owner, LocalDate dueOn, ActionStatus status) {}

  /** One agreement with the person; {@code snapshot} is the plan exactly as agreed. */
  public record Agreement(
      int number,
      LocalDate agreedOn,
      java.time.Instant agreedAt,
      String how,
      String recordedBy,
      String snapshot) {}
}
