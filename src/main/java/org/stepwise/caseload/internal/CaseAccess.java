package org.stepwise.caseload.internal;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.person.BreakGlass;
import org.stepwise.person.PersonId;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralVisibility;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.OutsideYourTeams;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.TeamDirectory;
import org.stepwise.staff.Workplace;

/**
 * The access policy for a case and everything under it (notes, work items, plan, profile,
 * appointments, questionnaires, fit notes, better-off estimates, onward referrals). A practitioner
 * or manager may open a case when they are its worker or cover for its worker, when their teams run
 * its service, when they manage its worker, or when they broke the glass for the person. Only the
 * worker (or someone covering for them) or a manager of the service's team may hand it to someone
 * else or close it.
 */
@Component
public class CaseAccess implements ReferralVisibility {

  private final TeamDirectory teams;
  private final BreakGlass breakGlass;
  private final CaseRepository cases;

  CaseAccess(TeamDirectory teams, BreakGlass breakGlass, CaseRepository cases) {
    this.teams = teams;
    this.breakGlass = breakGlass;
    this.cases = cases;
  }

  public boolean maySee(Case c) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (c == null || !BreakGlass.mayBreakGlass(authentication)) {
      return false;
    }
    var workplace = teams.workplace();
    return works(c, workplace)
        || workplace.runs(programme(c))
        || breakGlass.granted(new PersonId(c.personId()));
  }

  /**
   * @throws OutsideYourTeams when a practitioner or manager may open it only by breaking the glass
   * @throws RecordNotFound for anyone else
   */
  public void check(Case c) {
    if (maySee(c)) {
      return;
    }
    if (BreakGlass.mayBreakGlass(SecurityContextHolder.getContext().getAuthentication())) {
      throw new OutsideYourTeams(
          c.personId(), "case", c.id(), c.programmeId() == null ? null : c.programmeId());
    }
    throw new RecordNotFound("case");
  }

  /**
   * Handing a case on, or closing it: its worker (or cover), or a manager of the service's team or
   * of the worker.
   *
   * @throws ChangeRefused for anyone else who may see the case
   */
  public void checkMayHandOnOrClose(Case c) {
    check(c);
    var workplace = teams.workplace();
    boolean managerHere =
        workplace.manager() && (workplace.runs(programme(c)) || workplace.manages(c.worker()));
    if (!workplace.worksFor(c.worker()) && !managerHere) {
      throw new ChangeRefused("case.notYourCase");
    }
  }

  /** Whether the user may see another worker's caseload or diary: they manage or cover them. */
  public boolean maySeeCaseloadOf(String worker) {
    var workplace = teams.workplace();
    return workplace.worksFor(worker) || workplace.manages(worker);
  }

  /** A case's worker, cover, or the worker's manager sees its referral whatever its service. */
  @Override
  public boolean visible(ReferralId referral, Workplace user) {
    return cases
        .findByReferralId(referral.id())
        .map(c -> user.worksFor(c.worker()) || user.manages(c.worker()))
        .orElse(false);
  }

  private static boolean works(Case c, Workplace workplace) {
    return workplace.worksFor(c.worker()) || workplace.manages(c.worker());
  }

  private static org.stepwise.programme.ProgrammeId programme(Case c) {
    return c.programmeId() == null ? null : new org.stepwise.programme.ProgrammeId(c.programmeId());
  }
}
