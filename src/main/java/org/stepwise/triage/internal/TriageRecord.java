package org.stepwise.triage.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.person.PersonId;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.triage.Help;
import org.stepwise.triage.JobRisk;
import org.stepwise.triage.Screening;
import org.stepwise.triage.StepDecided;
import org.stepwise.triage.StepSuggestion;
import org.stepwise.triage.TriageId;
import org.stepwise.triage.TriageStatus;
import org.stepwise.triage.WaitingInformationRequested;

/**
 * One accepted referral's triage: to triage, then screened and given a step (the person waits for
 * it), then a case opens. The screen can be done again before the decision.
 */
@Table("triage")
public class TriageRecord extends AbstractAggregateRoot<TriageRecord> {

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID referralId;
  private final UUID personId;
  private final UUID programmeId;
  private final String reference;
  private TriageStatus status;
  private final Instant waitingSince;
  private EmploymentStatus employmentStatus;
  private Integer hoursPerWeek;
  private Integer weeksOffWork;
  private JobRisk jobAtRisk;
  private Integer confidence;
  private Integer painInterference;
  private Integer fatigueInterference;
  private Integer cognitionInterference;
  private Integer moodInterference;
  private Set<Help> helpWanted;
  private String startBackAnswers;
  private Integer startBackTotal;
  private Integer startBackDistress;
  private String startBackRisk;
  private Integer workAbility;
  private Integer suggestedStep;
  private List<String> suggestionReasons;
  private Integer step;
  private String decisionReason;
  private String decidedBy;
  private Instant decidedAt;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  TriageRecord(
      UUID id,
      UUID organisationId,
      UUID referralId,
      UUID personId,
      UUID programmeId,
      String reference,
      TriageStatus status,
      Instant waitingSince) {
    this.id = id;
    this.organisationId = organisationId;
    this.referralId = referralId;
    this.personId = personId;
    this.programmeId = programmeId;
    this.reference = reference;
    this.status = status;
    this.waitingSince = waitingSince;
  }

  /** An accepted referral, waiting to be triaged; the wait counts from the referral. */
  public static TriageRecord open(
      UUID referralId, UUID personId, UUID programmeId, String reference, Instant referredAt) {
    var record =
        new TriageRecord(
            UUID.randomUUID(),
            null,
            referralId,
            personId,
            programmeId,
            reference,
            TriageStatus.TO_TRIAGE,
            referredAt);
    record.helpWanted = EnumSet.noneOf(Help.class);
    record.suggestionReasons = new ArrayList<>();
    return record;
  }

  /** Records the screen and its suggestion. Allowed until the step is decided. */
  public void screen(Screening screen, StepSuggestion suggestion) {
    if (status != TriageStatus.TO_TRIAGE) {
      throw new ChangeRefused("triage.screen.alreadyDecided", step);
    }
    employmentStatus = screen.employmentStatus();
    hoursPerWeek = screen.hoursPerWeek();
    weeksOffWork = screen.weeksOffWork();
    jobAtRisk = screen.jobAtRisk();
    confidence = screen.confidence();
    painInterference = screen.painInterference();
    fatigueInterference = screen.fatigueInterference();
    cognitionInterference = screen.cognitionInterference();
    moodInterference = screen.moodInterference();
    helpWanted =
        screen.helpWanted().isEmpty()
            ? EnumSet.noneOf(Help.class)
            : EnumSet.copyOf(screen.helpWanted());
    var startBack = screen.startBack();
    startBackAnswers =
        startBack == null
            ? null
            : String.join(",", screen.startBackAgree().stream().map(a -> a ? "1" : "0").toList())
                + ";"
                + screen.startBackBother();
    startBackTotal = startBack == null ? null : startBack.total();
    startBackDistress = startBack == null ? null : startBack.distress();
    startBackRisk = startBack == null ? null : startBack.risk().name();
    workAbility = screen.workAbility();
    suggestedStep = suggestion.step();
    suggestionReasons = new ArrayList<>(suggestion.reasons());
  }

  /**
   * The practitioner decides the step. A step other than the suggested one needs a reason.
   *
   * @throws ChangeRefused before the screen, after the decision (a second click, a second
   *     practitioner), or for a different step without a reason
   */
  public void decide(int chosen, String reason, String by, Instant now) {
    if (status != TriageStatus.TO_TRIAGE) {
      throw new ChangeRefused("triage.step.alreadyDecided", step);
    }
    if (suggestedStep == null) {
      throw new ChangeRefused("triage.step.screenFirst");
    }
    boolean overridden = chosen != suggestedStep;
    if (overridden && (reason == null || reason.isBlank())) {
      throw ChangeRefused.onField("reason", "triage.step.reason.required");
    }
    step = chosen;
    decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
    decidedBy = by;
    decidedAt = now;
    status = TriageStatus.WAITING;
    registerEvent(
        new StepDecided(
            new TriageId(id),
            new ReferralId(referralId),
            new PersonId(personId),
            programmeId == null ? null : new ProgrammeId(programmeId),
            chosen,
            overridden,
            now));
  }

  /** Asks for information to be sent to the person while they wait. */
  public void requestWaitingInformation(String stepName, int targetWeeks, String by, Instant now) {
    if (status != TriageStatus.WAITING) {
      throw new ChangeRefused("triage.waitingInformation.notWaiting");
    }
    registerEvent(
        new WaitingInformationRequested(
            new TriageId(id),
            new ReferralId(referralId),
            new PersonId(personId),
            step,
            stepName,
            targetWeeks,
            by,
            now));
  }

  /** A case has been opened: the person no longer waits. */
  public void caseOpened() {
    if (status != TriageStatus.WAITING) {
      throw new IllegalStateException("Only someone waiting can have a case opened");
    }
    status = TriageStatus.CASE_OPEN;
  }

  /** The screen as answered, or null before it. */
  public Screening screening() {
    if (suggestedStep == null) {
      return null;
    }
    List<Boolean> agree = null;
    Integer bother = null;
    if (startBackAnswers != null) {
      var parts = startBackAnswers.split(";");
      agree = java.util.Arrays.stream(parts[0].split(",")).map("1"::equals).toList();
      bother = Integer.valueOf(parts[1]);
    }
    return new Screening(
        employmentStatus,
        hoursPerWeek,
        weeksOffWork,
        jobAtRisk,
        confidence,
        painInterference,
        fatigueInterference,
        cognitionInterference,
        moodInterference,
        helpWanted == null ? Set.of() : Set.copyOf(helpWanted),
        agree,
        bother,
        workAbility);
  }

  public TriageId id() {
    return new TriageId(id);
  }

  public UUID referralId() {
    return referralId;
  }

  public UUID personId() {
    return personId;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public String reference() {
    return reference;
  }

  public TriageStatus status() {
    return status;
  }

  public Instant waitingSince() {
    return waitingSince;
  }

  public Integer suggestedStep() {
    return suggestedStep;
  }

  public List<String> suggestionReasons() {
    return suggestionReasons == null ? List.of() : List.copyOf(suggestionReasons);
  }

  public Integer step() {
    return step;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
