package org.stepwise.referral.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.database.DemoData;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.People;
import org.stepwise.referral.Condition;
import org.stepwise.referral.EmploymentStatus;
import org.stepwise.referral.ReferralSource;

/**
 * A few synthetic people on the waiting list, referred by the demo referrer at different times,
 * on the first start in demo mode only. NHS numbers are from the 999 test range.
 */
@Component
@Order(20)
class DemoReferrals implements ApplicationRunner {

  private record Demo(
      String given,
      String family,
      LocalDate born,
      String nhsNumber,
      ReferralSource source,
      Set<Condition> conditions,
      EmploymentStatus status,
      String reason,
      int daysAgo) {}

  private static final List<Demo> REFERRALS =
      List.of(
          new Demo("Aisha", "Rahman", LocalDate.of(1986, 4, 12), "9993395633",
              ReferralSource.MS_NURSE, Set.of(Condition.MULTIPLE_SCLEROSIS),
              EmploymentStatus.EMPLOYED_AT_WORK,
              "Diagnosed with relapsing MS last year. Finding fatigue hard to manage at work and"
                  + " worried about telling her manager.", 38),
          new Demo("Gareth", "Price", LocalDate.of(1971, 9, 3), "9999939082",
              ReferralSource.GP, Set.of(Condition.CHRONIC_LOW_BACK_PAIN),
              EmploymentStatus.EMPLOYED_OFF_SICK,
              "Off work for 8 weeks with back pain. Fit note says may be fit with amended duties."
                  + " Keen to get back to his warehouse job.", 24),
          new Demo("Mei", "Chen", LocalDate.of(1993, 1, 27), null,
              ReferralSource.PAIN_CLINIC, Set.of(Condition.CHRONIC_PAIN, Condition.FIBROMYALGIA),
              EmploymentStatus.UNEMPLOYED_LOOKING,
              "Has not worked for two years. Would like help finding part-time work that fits"
                  + " around her pain.", 11),
          new Demo("Tom", "Okoye", LocalDate.of(1979, 6, 30), "9991581766",
              ReferralSource.PHYSIOTHERAPIST, Set.of(Condition.MUSCULOSKELETAL_PAIN),
              EmploymentStatus.NOT_KNOWN,
              "Shoulder pain affecting his work as a self-employed decorator; not sure of his"
                  + " current work situation.", 3));

  private final DemoData demoData;
  private final People people;
  private final ReferralRepository referrals;
  private final Clock clock;

  DemoReferrals(DemoData demoData, People people, ReferralRepository referrals, Clock clock) {
    this.demoData = demoData;
    this.people = people;
    this.referrals = referrals;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.enabled()) {
      return;
    }
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "referrer", null, AuthorityUtils.createAuthorityList("ROLE_REFERRER")));
    SecurityContextHolder.setContext(context);
    try {
      if (!demoData.claimFirstLoad("referral")) {
        return;
      }
      for (var demo : REFERRALS) {
        var person =
            people.register(
                new NewPerson(demo.given(), demo.family(), demo.born(),
                    demo.nhsNumber() == null ? null : new NhsNumber(demo.nhsNumber()),
                    demo.given().toLowerCase() + "@example.com", null, null, null, null, null));
        referrals.save(
            Referral.receive(person, demo.source(), demo.conditions(), null, demo.status(),
                demo.reason(), "referrer",
                clock.instant().minus(Duration.ofDays(demo.daysAgo()))));
      }
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
