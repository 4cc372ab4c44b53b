package org.stepwise.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case's plan as it stands, with its agreed versions. */
public record PlanView(
    UUID caseId,
    String goals,
    String adjustments,
    String pacing,
    String flareUp,
    List<Action> actions,
    int agreedVersion,
    List<Agreement> agreements) {

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
