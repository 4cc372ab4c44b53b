package org.stepwise.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.plan.ActionOwner;
import org.stepwise.plan.ActionStatus;
import org.stepwise.plan.PlanAgreed;

/** A case's plan. It can change at any time; each agreement keeps a version as agreed. */
@Table("plan")
public class Plan extends AbstractAggregateRoot<Plan> {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID careCaseId;
  private final UUID referralId;
  private String goals;
  private String adjustments;
  private String pacing;
  private String flareUp;
  private int agreedVersion;

  @MappedCollection(idColumn = "plan_id", keyColumn = "position")
  private List<PlanAction> actions;

  @MappedCollection(idColumn = "plan_id", keyColumn = "position")
  private List<PlanAgreement> agreements;

  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Plan(
      UUID id,
      UUID organisationId,
      UUID careCaseId,
      UUID referralId,
      List<PlanAction> actions,
      List<PlanAgreement> agreements) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.referralId = referralId;
    this.actions = new ArrayList<>(actions == null ? List.of() : actions);
    this.agreements = new ArrayList<>(agreements == null ? List.of() : agreements);
  }

  public static Plan start(UUID caseId, UUID referralId) {
    return new Plan(UUID.randomUUID(), null, caseId, referralId, List.of(), List.of());
  }

  /** The most any one part of the plan may hold. */
  public static final int MAX_LENGTH = 5000;

  /**
   * Replaces the plan's words; blank parts are cleared.
   *
   * @throws IllegalArgumentException when a part is longer than {@link #MAX_LENGTH}
   */
  public void write(String goals, String adjustments, String pacing, String flareUp) {
    for (var part : new String[] {goals, adjustments, pacing, flareUp}) {
      if (part != null && part.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "Each part of the plan must be " + MAX_LENGTH + " characters or fewer");
      }
    }
    this.goals = trim(goals);
    this.adjustments = trim(adjustments);
    this.pacing = trim(pacing);
    this.flareUp = trim(flareUp);
  }

  public void addAction(String description, ActionOwner owner, LocalDate dueOn) {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("Describe the action");
    }
    if (owner == null) {
      throw new IllegalArgumentException("Choose who will do it");
    }
    actions.add(new PlanAction(description.trim(), owner, dueOn, ActionStatus.TO_DO));
  }

  public void changeAction(int position, ActionStatus status) {
    if (position < 0 || position >= actions.size() || status == null) {
      throw new IllegalArgumentException("No such action");
    }
    var a = actions.get(position);
    actions.set(position, new PlanAction(a.description(), a.owner(), a.dueOn(), status));
  }

  /**
   * Records that the person agreed the plan as it stands, keeping that version exactly.
   *
   * @throws IllegalStateException when there are no goals yet
   */
  public int agree(LocalDate on, String how, String by, Instant now, String snapshot) {
    if (goals == null) {
      throw new IllegalStateException("Write the person's goals before agreeing the plan");
    }
    if (how == null || how.isBlank()) {
      throw new IllegalArgumentException("Say how the person agreed");
    }
    agreedVersion++;
    agreements.add(new PlanAgreement(agreedVersion, on, now, how.trim(), by, snapshot));
    registerEvent(new PlanAgreed(id, careCaseId, referralId, agreedVersion, now));
    return agreedVersion;
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public UUID caseId() {
    return careCaseId;
  }

  public String goals() {
    return goals;
  }

  public String adjustments() {
    return adjustments;
  }

  public String pacing() {
    return pacing;
  }

  public String flareUp() {
    return flareUp;
  }

  public int agreedVersion() {
    return agreedVersion;
  }

  public List<PlanAction> actions() {
    return List.copyOf(actions);
  }

  public List<PlanAgreement> agreements() {
    return List.copyOf(agreements);
  }
}
