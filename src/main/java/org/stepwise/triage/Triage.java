package org.stepwise.triage;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.People;
import org.stepwise.person.PersonId;
import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;
import org.stepwise.triage.internal.CareStepsStore;
import org.stepwise.triage.internal.TriageRecord;
import org.stepwise.triage.internal.TriageRepository;
import org.stepwise.triage.internal.WaitingQueries;

/**
 * Triage of accepted referrals: the screen, the suggested step and the decision, and the waiting
 * list per service and step. Practitioners and managers only; every read and change is logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Triage {

  private final TriageRepository triage;
  private final WaitingQueries waiting;
  private final CareStepsStore steps;
  private final People people;
  private final Programmes programmes;
  private final AuditLog auditLog;
  private final Clock clock;
  private final org.stepwise.referral.Referrals referrals;
  private final org.stepwise.staff.TeamDirectory teams;

  Triage(
      TriageRepository triage,
      WaitingQueries waiting,
      CareStepsStore steps,
      People people,
      Programmes programmes,
      AuditLog auditLog,
      Clock clock,
      org.stepwise.referral.Referrals referrals,
      org.stepwise.staff.TeamDirectory teams) {
    this.referrals = referrals;
    this.teams = teams;
    this.triage = triage;
    this.waiting = waiting;
    this.steps = steps;
    this.people = people;
    this.programmes = programmes;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Accepted referrals still to be triaged in the services the user's teams run, longest wait
   * first.
   */
  @Transactional
  public List<TriageSummary> toTriage() {
    var listed = listed();
    var found = triage.findToTriage(listed.services(), listed.unnamed());
    auditLog.recordAbout(
        AuditAction.READ,
        "triage-list",
        null,
        found.stream().map(TriageRecord::personId).toList(),
        "viewed " + found.size() + " people to triage");
    return summaries(found);
  }

  /**
   * One triage record, if the user may work on its referral.
   *
   * @throws org.stepwise.site.OutsideYourTeams when they may open it only by breaking the glass
   */
  @Transactional
  public Optional<TriageView> find(TriageId id) {
    var record = triage.findById(id.id());
    record.ifPresent(
        r -> {
          referrals.checkAccess(new ReferralId(r.referralId()));
          auditLog.recordAbout(AuditAction.READ, "triage", id.id(), List.of(r.personId()), null);
        });
    return record.map(this::view);
  }

  /** What the user's lists show: the services their teams run. */
  private WaitingQueries.Listed listed() {
    var workplace = teams.workplace();
    var ids = new ArrayList<UUID>();
    workplace.services().forEach(s -> ids.add(s.id()));
    ids.add(new UUID(0, 0));
    return new WaitingQueries.Listed(ids, !workplace.teams().isEmpty());
  }

  /**
   * Whether the service asks the Keele STarT Back tool (services with back or MSK pain in scope).
   */
  public static boolean usesStartBack(ProgrammeView programme) {
    return programme == null
        || programme.conditionsInScope().isEmpty()
        || programme.conditionsInScope().stream()
            .anyMatch(
                c ->
                    c == Condition.CHRONIC_LOW_BACK_PAIN
                        || c == Condition.LOW_BACK_PAIN
                        || c == Condition.MUSCULOSKELETAL_PAIN
                        || c == Condition.CHRONIC_PAIN);
  }

  /**
   * Records the screen and returns the step it suggests, with the reasons.
   *
   * @throws RecordNotFound when there is no such triage
   * @throws ChangeRefused when the step has already been decided
   */
  @Transactional
  public StepSuggestion screen(TriageId id, Screening screen) {
    var record = load(id);
    var suggestion = StepSuggestion.from(screen, rules(record));
    record.screen(screen, suggestion);
    triage.save(record);
    auditLog.record(
        AuditAction.UPDATE,
        "triage",
        id.id(),
        "screened: step " + suggestion.step() + " suggested");
    return suggestion;
  }

  /**
   * Decides the step; the person then waits for it.
   *
   * @throws RecordNotFound when there is no such triage
   * @throws ChangeRefused for a step the service does not have, a missing reason, or a step already
   *     decided
   */
  @Transactional
  public void decide(TriageId id, int step, String reason) {
    var record = load(id);
    if (stepsOf(record).stream().noneMatch(s -> s.number() == step)) {
      throw ChangeRefused.onField("step", "triage.step.required");
    }
    record.decide(
        step,
        reason,
        SecurityContextHolder.getContext().getAuthentication().getName(),
        clock.instant());
    triage.save(record);
    auditLog.record(AuditAction.UPDATE, "triage", id.id(), "step " + step + " decided");
  }

  /**
   * Sends the person "while you wait" information (through the letters and emails module).
   *
   * @throws RecordNotFound when there is no such triage
   * @throws ChangeRefused when the person is not waiting
   */
  @Transactional
  public void sendWaitingInformation(TriageId id) {
    var record = load(id);
    var careStep =
        stepsOf(record).stream()
            .filter(s -> record.step() != null && s.number() == record.step())
            .findFirst()
            .orElse(CareStep.defaults().getFirst());
    record.requestWaitingInformation(
        careStep.name(),
        careStep.waitTargetWeeks(),
        SecurityContextHolder.getContext().getAuthentication().getName(),
        clock.instant());
    triage.save(record);
    auditLog.record(AuditAction.UPDATE, "triage", id.id(), "waiting information requested");
  }

  /** The service's steps of care (its own, or the defaults). */
  @Transactional(readOnly = true)
  public List<CareStep> steps(ProgrammeId programme) {
    return stepsFor(programme == null ? null : programme.id());
  }

  /**
   * A case has been opened for someone waiting: they leave the waiting list.
   *
   * @throws RecordNotFound when there is no such triage
   * @throws IllegalStateException when they are not waiting
   */
  @Transactional
  public void caseOpened(TriageId id) {
    var record = load(id);
    record.caseOpened();
    triage.save(record);
    auditLog.record(AuditAction.UPDATE, "triage", id.id(), "case opened");
  }

  private TriageRecord load(TriageId id) {
    var record = triage.findById(id.id()).orElseThrow(() -> new RecordNotFound("triage"));
    referrals.checkAccess(new ReferralId(record.referralId()));
    return record;
  }

  /** People shown on one page of the waiting list. */
  public static final int PAGE_SIZE = 50;

  /**
   * One page of everyone waiting for support, with statistics per service and step.
   *
   * @param serviceId only this service, or null for all
   * @param step only this step, or null for all
   * @param sort "wait" (longest first, the default), "name" (within the page), "service" or "step"
   * @param page from 1
   */
  @Transactional
  public WaitingList waitingList(ProgrammeId serviceId, Integer step, String sort, int page) {
    UUID programme = serviceId == null ? null : serviceId.id();
    var listed = listed();
    long total = waiting.count(listed, programme, step);
    int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(1, page), last);
    var records = waiting.page(listed, programme, step, sort, (current - 1) * PAGE_SIZE, PAGE_SIZE);
    var rows = new ArrayList<>(summaries(records));
    if ("name".equals(sort)) {
      rows.sort(Comparator.comparing(TriageSummary::fullName, String.CASE_INSENSITIVE_ORDER));
    }
    var now = clock.instant();
    var names = new HashMap<UUID, String>();
    var stats = new ArrayList<WaitStats>();
    for (var group : waiting.groups(listed, now)) {
      var careStep =
          stepsFor(group.programme()).stream()
              .filter(s -> s.number() == group.step())
              .findFirst()
              .orElse(new CareStep(group.step(), "Step " + group.step(), 6));
      String service =
          group.programme() == null
              ? "No service"
              : names.computeIfAbsent(
                  group.programme(),
                  p ->
                      programmes
                          .find(new ProgrammeId(p))
                          .map(ProgrammeView::name)
                          .orElse("Unknown service"));
      stats.add(
          WaitStats.fromDays(
              service,
              group.step(),
              careStep.name(),
              group.waiting(),
              group.medianDays(),
              group.p90Days(),
              waiting.overTarget(group.programme(), group.step(), careStep.waitTargetWeeks(), now),
              careStep.waitTargetWeeks()));
    }
    stats.sort(Comparator.comparing(WaitStats::service).thenComparing(WaitStats::step));
    auditLog.recordAbout(
        AuditAction.READ,
        "waiting-for-support",
        null,
        records.stream().map(TriageRecord::personId).toList(),
        "viewed " + rows.size() + " people waiting");
    return new WaitingList(
        rows, stats, current, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
  }

  /** The waiting list and its statistics. */
  public record WaitingList(
      List<TriageSummary> rows, List<WaitStats> stats, int page, int pages, long total) {}

  private List<TriageSummary> summaries(List<TriageRecord> records) {
    var persons = people.summaries(records.stream().map(r -> new PersonId(r.personId())).toList());
    var names = new HashMap<UUID, String>();
    var now = clock.instant();
    return records.stream()
        .map(
            r -> {
              String service =
                  r.programmeId() == null
                      ? "No service"
                      : names.computeIfAbsent(
                          r.programmeId(),
                          p ->
                              programmes
                                  .find(new ProgrammeId(p))
                                  .map(ProgrammeView::name)
                                  .orElse("Unknown service"));
              long days = Duration.between(r.waitingSince(), now).toDays();
              var stepList = stepsOf(r);
              var careStep =
                  r.step() == null
                      ? null
                      : stepList.stream()
                          .filter(s -> s.number() == r.step())
                          .findFirst()
                          .orElse(null);
              boolean over = careStep != null && days > careStep.waitTargetWeeks() * 7L;
              var person = persons.get(new PersonId(r.personId()));
              return new TriageSummary(
                  r.id(),
                  new ReferralId(r.referralId()),
                  r.reference(),
                  person == null ? "Unknown" : person.fullName(),
                  service,
                  programmeIdOf(r),
                  r.step(),
                  careStep == null ? null : careStep.name(),
                  r.waitingSince(),
                  days,
                  over,
                  r.status());
            })
        .toList();
  }

  private TriageView view(TriageRecord r) {
    var programme =
        r.programmeId() == null
            ? null
            : programmes.find(new ProgrammeId(r.programmeId())).orElse(null);
    var person =
        people.summaries(List.of(new PersonId(r.personId()))).get(new PersonId(r.personId()));
    var screening = r.screening();
    return new TriageView(
        r.id(),
        new ReferralId(r.referralId()),
        new PersonId(r.personId()),
        r.reference(),
        person == null ? "Unknown" : person.fullName(),
        programme == null ? "No service" : programme.name(),
        programmeIdOf(r),
        r.status(),
        r.waitingSince(),
        screening,
        screening == null ? null : screening.startBack(),
        screening == null ? null : screening.workAbilityBand(),
        r.suggestedStep(),
        r.suggestionReasons(),
        r.step(),
        r.decisionReason(),
        stepsOf(r),
        rules(r),
        usesStartBack(programme));
  }

  private static ProgrammeId programmeIdOf(TriageRecord r) {
    return r.programmeId() == null ? null : new ProgrammeId(r.programmeId());
  }

  private List<CareStep> stepsOf(TriageRecord record) {
    return stepsFor(record.programmeId());
  }

  private List<CareStep> stepsFor(UUID programme) {
    return programme == null ? CareStep.defaults() : steps.steps(programme);
  }

  private List<StepRule> rules(TriageRecord record) {
    return record.programmeId() == null ? StepRule.defaults() : steps.rules(record.programmeId());
  }
}
