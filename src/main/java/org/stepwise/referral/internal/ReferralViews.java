package org.stepwise.referral.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.person.People;
import org.stepwise.person.PersonDetails;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralSummary;
import org.stepwise.referral.ReferralView;

/** Turns referrals into the views the module's services return, and knows who is asking. */
@Component
public class ReferralViews {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final People people;
  private final Programmes programmes;
  private final Clock clock;

  ReferralViews(People people, Programmes programmes, Clock clock) {
    this.people = people;
    this.programmes = programmes;
    this.clock = clock;
  }

  /** Today in the United Kingdom. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(LONDON));
  }

  public java.time.Instant now() {
    return clock.instant();
  }

  public ReferralView view(Referral referral, PersonDetails person) {
    var programme = programme(referral.programmeId());
    var eligibility =
        programme == null
            ? List.<org.stepwise.programme.RuleResult>of()
            : programmes.evaluate(programme.id(), referral.facts(person.dateOfBirth(), today()));
    return new ReferralView(
        referral.referralId(),
        referral.reference(),
        person,
        referral.programmeId(),
        programme == null ? "No service named" : programme.name(),
        referral.source(),
        referral.channel(),
        referral.conditions(),
        referral.otherCondition(),
        referral.employmentStatus(),
        referral.weeksOffWork(),
        referral.employer(),
        referral.gpPractice(),
        referral.reason(),
        referral.consentToContact(),
        referral.status(),
        referral.receivedAt(),
        referral.statusChangedAt(),
        referral.referredBy(),
        referral.declineReason(),
        referral.reviewDate(),
        referral.deferralReason(),
        referral.withdrawalReason(),
        referral.personChoice(),
        eligibility,
        referral.transitions().stream()
            .map(
                t ->
                    new ReferralView.History(
                        t.fromStatus(), t.toStatus(), t.at(), t.byUser(), t.note()))
            .toList(),
        referral.overrides().stream()
            .map(
                o ->
                    new ReferralView.Override(
                        o.rule(), o.explanation(), o.reason(), o.at(), o.byUser()))
            .toList(),
        referral.notes().stream()
            .map(n -> new ReferralView.Note(n.text(), n.at(), n.byUser()))
            .toList(),
        null);
  }

  /** Rows for a list; reads the people's summaries in one go. */
  public List<ReferralSummary> summaries(List<Referral> referrals) {
    var persons = people.summaries(referrals.stream().map(Referral::personId).toList());
    var names = new HashMap<ProgrammeId, String>();
    var now = clock.instant();
    return referrals.stream()
        .map(
            referral -> {
              var person = persons.get(referral.personId());
              String programmeName =
                  referral.programmeId() == null
                      ? "No service named"
                      : names.computeIfAbsent(
                          referral.programmeId(),
                          id ->
                              programmes
                                  .find(id)
                                  .map(ProgrammeView::name)
                                  .orElse("Unknown service"));
              return new ReferralSummary(
                  referral.referralId(),
                  referral.reference(),
                  person.fullName(),
                  person.dateOfBirth(),
                  person.nhsNumber() == null ? null : person.nhsNumber().formatted(),
                  programmeName,
                  referral.source(),
                  referral.channel(),
                  referral.conditions(),
                  referral.employmentStatus(),
                  referral.status(),
                  referral.personChoice(),
                  referral.receivedAt(),
                  referral.statusChangedAt(),
                  referral.reviewDate(),
                  Duration.between(referral.receivedAt(), now));
            })
        .toList();
  }

  public ProgrammeView programme(ProgrammeId id) {
    return id == null ? null : programmes.find(id).orElse(null);
  }

  /** The signed-in user's name, or null when nobody is signed in. */
  public static String currentUsername() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? null : authentication.getName();
  }

  /** Practitioners and managers see every referral; referrers see their own. */
  public static boolean seesAllReferrals() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(
                a ->
                    "ROLE_PRACTITIONER".equals(a.getAuthority())
                        || "ROLE_MANAGER".equals(a.getAuthority()));
  }
}
