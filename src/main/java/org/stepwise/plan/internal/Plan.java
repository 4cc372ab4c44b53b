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
import org.stepwise.caseload.CaseId;
import org.stepwise.plan.ActionOwner;
import org.stepwise.plan.ActionStatus;
import org.stepwise.plan.PlanAgreed;
import org.stepwise.plan.PlanId;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;

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
      List<PlanAgreement> agreements,
      Long version) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.referralId = referralId;
    this.actions = new ArrayList<>(actions == null ? List.of() : actions);
    this.agreements = new ArrayList<>(agreements == null ? List.of() : agreements);
    this.version = version;
  }

  public static Plan start(UUID caseId, UUID referralId) {
    return new Plan(UUID.randomUUID(), null, caseId, referralId, List.of(), List.of(), null);
  }

  /** The most any one part of the plan may hold. */
  public static final int MAX_LENGTH = 5000;

  /**
   * Replaces the plan's words; blank parts are cleared.
   *
   * @param expectedVersion the version the change was made against (null for a plan never saved)
   * @throws EditConflict when someone else saved the plan since that version
   * @throws ChangeRefused when a part is longer than {@link #MAX_LENGTH}
   */
  public void write(
      Long expectedVersion, String goals, String adjustments, String pacing, String flareUp) {
    expect(expectedVersion);
    String[][] parts = {
      {"goals", goals}, {"adjustments", adjustments}, {"pacing", pacing}, {"flareUp", flareUp}
    };
    for (var part : parts) {
      if (part[1] != null && part[1].length() > MAX_LENGTH) {
        throw ChangeRefused.onField(part[0], "plan." + part[0] + ".size");
      }
    }
    this.goals = trim(goals);
    this.adjustments = trim(adjustments);
    this.pacing = trim(pacing);
    this.flareUp = trim(flareUp);
  }

  /**
   * Adds an action, to do.
   *
   * @throws EditConflict when someone else saved the plan since {@code expectedVersion}
   * @throws ChangeRefused when there is no description or owner
   */
  public void addAction(
      Long expectedVersion, String description, ActionOwner owner, LocalDate dueOn) {
    expect(expectedVersion);
    if (description == null || description.isBlank()) {
      throw ChangeRefused.onField("description", "plan.action.description.required");
    }
    if (owner == null) {
      throw ChangeRefused.onField("owner", "plan.action.owner.required");
    }
    actions.add(new PlanAction(description.trim(), owner, dueOn, ActionStatus.TO_DO));
  }

  /**
   * Moves an action on (or back).
   *
   * @throws EditConflict when someone else saved the plan since {@code expectedVersion}
   * @throws ChangeRefused when there is no such action or no status
   */
  public void changeAction(Long expectedVersion, int position, ActionStatus status) {
    expect(expectedVersion);
    if (position < 0 || position >= actions.size()) {
      throw new ChangeRefused("plan.action.unknown");
    }
    if (status == null) {
      throw new ChangeRefused("plan.action.status.required");
    }
    var a = actions.get(position);
    actions.set(position, new PlanAction(a.description(), a.owner(), a.dueOn(), status));
  }

  /**
   * Records that the person agreed the plan as it stands, keeping that version exactly.
   *
   * @param expectedVersion the version the person was shown: they agree only what they saw
   * @throws EditConflict when someone else saved the plan since {@code expectedVersion}
   * @throws ChangeRefused when there are no goals yet, or no word of how they agreed
   */
  public int agree(
      Long expectedVersion, LocalDate on, String how, String by, Instant now, String snapshot) {
    expect(expectedVersion);
    if (goals == null) {
      throw new ChangeRefused("plan.agree.noGoals");
    }
    if (how == null || how.isBlank()) {
      throw ChangeRefused.onField("how", "plan.how.required");
    }
    agreedVersion++;
    agreements.add(new PlanAgreement(agreedVersion, on, now, how.trim(), by, snapshot));
    registerEvent(
        new PlanAgreed(
            new PlanId(id),
            new CaseId(careCaseId),
            new ReferralId(referralId),
            agreedVersion,
            now));
    return agreedVersion;
  }

  /**
   * Refuses a change made against an older version. A plan never saved has no version; a change to
   * it expects none, and one that expects none finds a plan someone else saved first.
   */
  private void expect(Long expectedVersion) {
    if (version != null) {
      EditConflict.check(expectedVersion, version);
    }
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public UUID id() {
    return id;
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

  /** The saved version (null until first saved): edit forms carry it back. */
  public Long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
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
