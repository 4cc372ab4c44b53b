package org.stepwise.caseload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.caseload.internal.Case;
import org.stepwise.caseload.internal.CaseRepository;
import org.stepwise.programme.Condition;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.Referrals;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.WorkerProfile;
import org.stepwise.triage.Triage;
import org.stepwise.triage.TriageId;

/**
 * Workers and their room: who could take someone waiting, the manager's suggested assignments, and
 * each worker's and team's active cases against their limits, with continuity.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Teams {

  private final CaseRepository cases;
  private final Triage triage;
  private final Referrals referrals;
  private final StaffDirectory staff;
  private final org.stepwise.staff.TeamDirectory teamDirectory;

  Teams(
      CaseRepository cases,
      Triage triage,
      Referrals referrals,
      StaffDirectory staff,
      org.stepwise.staff.TeamDirectory teamDirectory) {
    this.teamDirectory = teamDirectory;
    this.cases = cases;
    this.triage = triage;
    this.referrals = referrals;
    this.staff = staff;
  }

  /**
   * Workers who could take the person waiting in this triage: trained in one of their conditions
   * first, then those with the most room.
   *
   * @throws RecordNotFound when there is no such triage
   */
  @Transactional
  public List<WorkerOption> options(TriageId triageId) {
    var view = triage.find(triageId).orElseThrow(() -> new RecordNotFound("triage"));
    return ranked(loads(), conditionsOf(view.referralId()));
  }

  /**
   * One suggestion per person waiting longest (up to {@code limit}): the best worker with room,
   * trained in their condition where possible. People for whom nobody has room are left out. Reads
   * each worker's load once, and reads no one's triage record (the manager has not opened them).
   */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public List<Suggestion> suggestions(int limit) {
    var waiting = triage.waitingList(null, null, "wait", 1).rows();
    var loads = loads();
    var taken = new HashMap<String, Integer>();
    var suggestions = new ArrayList<Suggestion>();
    for (var person : waiting) {
      if (suggestions.size() >= limit) {
        break;
      }
      var best =
          ranked(loads, conditionsOf(person.referralId())).stream()
              .filter(o -> o.active() + taken.getOrDefault(o.username(), 0) < o.limit())
              .findFirst();
      best.ifPresent(
          o -> {
            int free = o.spare() - taken.getOrDefault(o.username(), 0);
            taken.merge(o.username(), 1, Integer::sum);
            suggestions.add(
                new Suggestion(
                    person.id(),
                    person.fullName(),
                    person.service(),
                    person.step(),
                    person.weeksWaiting(),
                    o.username(),
                    o.displayName(),
                    o.skillMatch()
                        ? "trained in their condition, " + places(free) + " free"
                        : places(free) + " free"));
          });
    }
    return suggestions;
  }

  /** A suggested worker for someone waiting. */
  public record Suggestion(
      TriageId triageId,
      String fullName,
      String service,
      Integer step,
      long weeksWaiting,
      String worker,
      String workerName,
      String why) {}

  /**
   * Each practitioner in the manager's teams: active cases against their limit, and how many of
   * their recent cases kept one worker.
   */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional(readOnly = true)
  public TeamView team() {
    var workers = loads().entrySet().stream().map(e -> option(e, Set.of())).toList();
    var colleagues = colleagues();
    var all =
        cases.findRecent().stream()
            .filter(
                c ->
                    c.worker() != null
                        && colleagues.contains(c.worker().toLowerCase(java.util.Locale.ROOT)))
            .toList();
    int kept = (int) all.stream().filter(Case::keptOneWorker).count();
    return new TeamView(workers, kept, all.size());
  }

  private static WorkerOption option(
      Map.Entry<WorkerProfile, Integer> load, Set<Condition> conditions) {
    var w = load.getKey();
    return new WorkerOption(
        w.username(),
        w.displayName(),
        load.getValue(),
        w.caseloadLimit(),
        w.skills().stream().anyMatch(conditions::contains),
        w.skills(),
        w.team());
  }

  private Set<String> colleagues() {
    return teamDirectory.workplace().colleagues().stream()
        .map(u -> u.toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.toSet());
  }

  private static String places(int n) {
    return n == 1 ? "1 place" : n + " places";
  }

  private Set<Condition> conditionsOf(ReferralId referralId) {
    return referrals.outline(referralId).map(o -> o.conditions()).orElse(Set.of());
  }

  /** The practitioners in the signed-in user's teams, with their active cases. */
  private Map<WorkerProfile, Integer> loads() {
    var loads = new java.util.LinkedHashMap<WorkerProfile, Integer>();
    var colleagues = colleagues();
    staff.workers().stream()
        .filter(w -> colleagues.contains(w.username().toLowerCase(java.util.Locale.ROOT)))
        .forEach(w -> loads.put(w, (int) cases.countOpenFor(w.username())));
    return loads;
  }

  private static List<WorkerOption> ranked(
      Map<WorkerProfile, Integer> loads, Set<Condition> conditions) {
    return loads.entrySet().stream()
        .map(e -> option(e, conditions))
        .sorted(
            Comparator.comparing(WorkerOption::skillMatch)
                .reversed()
                .thenComparing(Comparator.comparingInt(WorkerOption::spare).reversed())
                .thenComparing(WorkerOption::displayName))
        .toList();
  }
}
