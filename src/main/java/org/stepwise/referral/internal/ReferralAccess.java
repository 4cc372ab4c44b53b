package org.stepwise.referral.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.person.BreakGlass;
import org.stepwise.person.PersonId;
import org.stepwise.person.PersonVisibility;
import org.stepwise.referral.ReferralVisibility;
import org.stepwise.site.OutsideYourTeams;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.TeamDirectory;
import org.stepwise.staff.Workplace;

/**
 * The access policy for referrals, used by every service method of the module that reads or changes
 * one. A referrer sees the referrals they made. A practitioner or manager sees those of the
 * services their teams run (and those naming no service, if they are in a team), those they made,
 * those of cases they work on or cover ({@link ReferralVisibility}), and any person's for whom they
 * broke the glass. Anyone else is told there is no such referral.
 */
@Component
public class ReferralAccess implements PersonVisibility {

  /** Stands in for "no services" in {@code in (...)}, which cannot be empty. */
  private static final UUID NONE = new UUID(0, 0);

  private final TeamDirectory teams;
  private final BreakGlass breakGlass;
  private final ObjectProvider<ReferralVisibility> extras;
  private final ReferralRepository referrals;

  ReferralAccess(
      TeamDirectory teams,
      BreakGlass breakGlass,
      ObjectProvider<ReferralVisibility> extras,
      ReferralRepository referrals) {
    this.teams = teams;
    this.breakGlass = breakGlass;
    this.extras = extras;
    this.referrals = referrals;
  }

  /** Where the signed-in user works. */
  public Workplace workplace() {
    return teams.workplace();
  }

  /** Whether the signed-in user may open this referral. */
  public boolean maySee(Referral referral) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || referral == null) {
      return false;
    }
    return referral.wasReferredBy(authentication.getName()) || maySeeAsStaff(referral);
  }

  /**
   * Whether the user sees the referral as one of the service's staff (not only as the person who
   * made it): staff see everything on it; a referrer sees reasons only with consent.
   */
  public boolean maySeeAsStaff(Referral referral) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || referral == null || !isStaff(authentication)) {
      return false;
    }
    var workplace = teams.workplace();
    if (workplace.runs(referral.programmeId())
        || (referral.programmeId() == null && !workplace.teams().isEmpty())) {
      return true;
    }
    for (var extra : extras) {
      if (extra.visible(referral.referralId(), workplace)) {
        return true;
      }
    }
    return breakGlass.granted(referral.personId());
  }

  /**
   * @throws OutsideYourTeams when a practitioner or manager may open it only by breaking the glass
   * @throws RecordNotFound for anyone else who may not see it (as if there were no such referral)
   */
  public void check(Referral referral) {
    if (maySee(referral)) {
      return;
    }
    if (isStaff(SecurityContextHolder.getContext().getAuthentication())) {
      throw new OutsideYourTeams(
          referral.personId().id(),
          "referral",
          referral.referralId().id(),
          referral.programmeId() == null ? null : referral.programmeId().id());
    }
    throw new RecordNotFound("referral");
  }

  /**
   * For work on a referral (decisions, letters): the user must see it as the service's staff.
   *
   * @throws OutsideYourTeams when a practitioner or manager may do it only by breaking the glass
   * @throws RecordNotFound for anyone else
   */
  public void checkAsStaff(Referral referral) {
    if (maySeeAsStaff(referral)) {
      return;
    }
    if (isStaff(SecurityContextHolder.getContext().getAuthentication())) {
      throw new OutsideYourTeams(
          referral.personId().id(),
          "referral",
          referral.referralId().id(),
          referral.programmeId() == null ? null : referral.programmeId().id());
    }
    throw new RecordNotFound("referral");
  }

  /**
   * The services whose referrals the user's lists show, for an {@code in (:services)} clause (never
   * empty).
   */
  public List<UUID> listedServices() {
    var ids = new ArrayList<UUID>();
    teams.workplace().services().forEach(s -> ids.add(s.id()));
    ids.add(NONE);
    return ids;
  }

  /** Whether lists show referrals that name no service (to anyone in a team). */
  public boolean listsUnnamed() {
    return !teams.workplace().teams().isEmpty();
  }

  @Override
  public boolean visibleToCurrentUser(PersonId person) {
    return referrals.findByPerson(person.id()).stream().anyMatch(this::maySee);
  }

  private static boolean isStaff(Authentication authentication) {
    return BreakGlass.mayBreakGlass(authentication);
  }
}
