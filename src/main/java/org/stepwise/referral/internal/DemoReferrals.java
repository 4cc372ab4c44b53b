package org.stepwise.referral.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.consent.Consents;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.database.DemoData;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.People;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.programme.RuleOutcome;
import org.stepwise.referral.ReferralChannel;
import org.stepwise.referral.ReferralSource;

/**
 * About thirty-five synthetic referrals to the three demo services, from different sources and in
 * every state, on the first demo start only. NHS numbers are from the 999 test range. Most
 * professional referrals come with the person's consent to tell the referrer what happens; a few do
 * not, so that held-back feedback can be seen.
 */
@Component
@Order(20)
class DemoReferrals implements ApplicationRunner {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** What happens to a demo referral after it arrives. */
  private enum Path {
    NEW,
    REVIEWING,
    ACCEPTED,
    DECLINED,
    DEFERRED_DUE,
    DEFERRED_LATER,
    WITHDRAWN
  }

  private record Demo(
      String given,
      String family,
      int born,
      String service,
      ReferralSource source,
      Condition condition,
      EmploymentStatus status,
      Integer weeksOff,
      int daysAgo,
      Path path) {}

  private static final String MS = "MS job retention (neurology)";
  private static final String IPS = "IPS for chronic pain (primary care)";
  private static final String ADVICE = "Vocational advice (GP practices)";

  private static final List<Demo> REFERRALS =
      List.of(
          new Demo(
              "Aisha",
              "Rahman",
              1986,
              MS,
              ReferralSource.MS_NURSE,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              38,
              Path.ACCEPTED),
          new Demo(
              "Gareth",
              "Price",
              1971,
              ADVICE,
              ReferralSource.GP,
              Condition.CHRONIC_LOW_BACK_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              8,
              24,
              Path.ACCEPTED),
          new Demo(
              "Mei",
              "Chen",
              1993,
              IPS,
              ReferralSource.PAIN_CLINIC,
              Condition.FIBROMYALGIA,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              11,
              Path.REVIEWING),
          new Demo(
              "Tom",
              "Okoye",
              1979,
              ADVICE,
              ReferralSource.PHYSIOTHERAPIST,
              Condition.MUSCULOSKELETAL_PAIN,
              EmploymentStatus.NOT_KNOWN,
              3,
              3,
              Path.NEW),
          new Demo(
              "Sian",
              "Morgan",
              1990,
              MS,
              ReferralSource.NEUROLOGIST,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              2,
              Path.NEW),
          new Demo(
              "Declan",
              "Murphy",
              1968,
              IPS,
              ReferralSource.JOB_CENTRE,
              Condition.CHRONIC_PAIN,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              5,
              Path.NEW),
          new Demo(
              "Priti",
              "Desai",
              1984,
              MS,
              ReferralSource.OCCUPATIONAL_THERAPIST,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              6,
              9,
              Path.REVIEWING),
          new Demo(
              "Liam",
              "Walsh",
              1975,
              ADVICE,
              ReferralSource.GP,
              Condition.LOW_BACK_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              2,
              7,
              Path.DECLINED),
          new Demo(
              "Olivia",
              "Bennett",
              1995,
              IPS,
              ReferralSource.SELF,
              Condition.CHRONIC_PAIN,
              EmploymentStatus.NOT_WORKING,
              null,
              1,
              Path.NEW),
          new Demo(
              "Hassan",
              "Ali",
              1982,
              MS,
              ReferralSource.MS_NURSE,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              60,
              Path.DEFERRED_DUE),
          new Demo(
              "Grace",
              "Adeyemi",
              1988,
              MS,
              ReferralSource.MS_NURSE,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              20,
              Path.DEFERRED_LATER),
          new Demo(
              "Robert",
              "Hughes",
              1962,
              ADVICE,
              ReferralSource.EMPLOYER,
              Condition.MUSCULOSKELETAL_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              10,
              30,
              Path.ACCEPTED),
          new Demo(
              "Fatima",
              "Begum",
              1979,
              IPS,
              ReferralSource.GP,
              Condition.CHRONIC_LOW_BACK_PAIN,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              45,
              Path.ACCEPTED),
          new Demo(
              "Jack",
              "Thompson",
              1999,
              IPS,
              ReferralSource.CHARITY,
              Condition.FIBROMYALGIA,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              16,
              Path.WITHDRAWN),
          new Demo(
              "Nadia",
              "Kowalski",
              1987,
              ADVICE,
              ReferralSource.GP,
              Condition.CHRONIC_PAIN,
              EmploymentStatus.EMPLOYED_AT_WORK,
              0,
              4,
              Path.NEW),
          new Demo(
              "Owen",
              "Evans",
              1973,
              MS,
              ReferralSource.NEUROLOGIST,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              26,
              Path.DECLINED),
          new Demo(
              "Chloe",
              "Harris",
              1991,
              IPS,
              ReferralSource.SELF,
              Condition.CHRONIC_PAIN,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              6,
              Path.REVIEWING),
          new Demo(
              "Samuel",
              "Osei",
              1966,
              ADVICE,
              ReferralSource.RHEUMATOLOGY,
              Condition.MUSCULOSKELETAL_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              14,
              13,
              Path.ACCEPTED),
          new Demo(
              "Ella",
              "Wright",
              1983,
              MS,
              ReferralSource.SELF,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.SELF_EMPLOYED,
              null,
              8,
              Path.NEW),
          new Demo(
              "Marcus",
              "Green",
              1977,
              IPS,
              ReferralSource.JOB_CENTRE,
              Condition.CHRONIC_LOW_BACK_PAIN,
              EmploymentStatus.NOT_WORKING,
              null,
              33,
              Path.DEFERRED_DUE),
          new Demo(
              "Zara",
              "Hussain",
              1994,
              ADVICE,
              ReferralSource.GP,
              Condition.LOW_BACK_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              5,
              10,
              Path.WITHDRAWN),
          new Demo(
              "Patrick",
              "O'Brien",
              1958,
              IPS,
              ReferralSource.GP,
              Condition.CHRONIC_PAIN,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              19,
              Path.ACCEPTED),
          new Demo(
              "Lucy",
              "Clarke",
              1989,
              MS,
              ReferralSource.OCCUPATIONAL_THERAPIST,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              12,
              Path.DEFERRED_LATER),
          new Demo(
              "Daniel",
              "Roberts",
              1981,
              ADVICE,
              ReferralSource.PHYSIOTHERAPIST,
              Condition.MUSCULOSKELETAL_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              70,
              15,
              Path.REVIEWING),
          new Demo(
              "Amira",
              "Haddad",
              1997,
              IPS,
              ReferralSource.PAIN_CLINIC,
              Condition.FIBROMYALGIA,
              EmploymentStatus.NOT_WORKING,
              null,
              2,
              Path.NEW),
          new Demo(
              "Ben",
              "Carter",
              1970,
              ADVICE,
              ReferralSource.EMPLOYER,
              Condition.CHRONIC_LOW_BACK_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              6,
              40,
              Path.DECLINED),
          new Demo(
              "Ruth",
              "Davies",
              1964,
              MS,
              ReferralSource.MS_NURSE,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              12,
              50,
              Path.WITHDRAWN),
          new Demo(
              "Kwame",
              "Mensah",
              1985,
              IPS,
              ReferralSource.CHARITY,
              Condition.CHRONIC_PAIN,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              9,
              Path.NEW),
          new Demo(
              "Holly",
              "Turner",
              1992,
              ADVICE,
              ReferralSource.GP,
              Condition.MUSCULOSKELETAL_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              4,
              1,
              Path.NEW),
          new Demo(
              "Ivan",
              "Petrov",
              1976,
              MS,
              ReferralSource.NEUROLOGIST,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              22,
              Path.ACCEPTED),
          // Accepted long enough ago for the demo's cases (demo module) to have a history.
          new Demo(
              "Helen",
              "Marsh",
              1979,
              MS,
              ReferralSource.MS_NURSE,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              130,
              Path.ACCEPTED),
          new Demo(
              "Arjun",
              "Patel",
              1987,
              IPS,
              ReferralSource.GP,
              Condition.CHRONIC_PAIN,
              EmploymentStatus.UNEMPLOYED_LOOKING,
              null,
              160,
              Path.ACCEPTED),
          new Demo(
              "Kerry",
              "Doyle",
              1983,
              ADVICE,
              ReferralSource.GP,
              Condition.MUSCULOSKELETAL_PAIN,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              6,
              75,
              Path.ACCEPTED),
          new Demo(
              "Yusuf",
              "Ahmed",
              1990,
              IPS,
              ReferralSource.PAIN_CLINIC,
              Condition.FIBROMYALGIA,
              EmploymentStatus.NOT_WORKING,
              null,
              90,
              Path.ACCEPTED),
          new Demo(
              "Catrin",
              "Rees",
              1985,
              MS,
              ReferralSource.NEUROLOGIST,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_OFF_SICK,
              8,
              80,
              Path.ACCEPTED),
          new Demo(
              "Bethan",
              "Lloyd",
              1992,
              MS,
              ReferralSource.SELF,
              Condition.MULTIPLE_SCLEROSIS,
              EmploymentStatus.EMPLOYED_AT_WORK,
              null,
              50,
              Path.ACCEPTED));

  private final DemoData demoData;
  private final People people;
  private final Programmes programmes;
  private final ReferralRepository referrals;
  private final Consents consents;
  private final Clock clock;

  DemoReferrals(
      DemoData demoData,
      People people,
      Programmes programmes,
      ReferralRepository referrals,
      Consents consents,
      Clock clock) {
    this.demoData = demoData;
    this.people = people;
    this.programmes = programmes;
    this.referrals = referrals;
    this.consents = consents;
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
      Map<String, ProgrammeView> services = new HashMap<>();
      programmes.all().forEach(p -> services.put(p.name(), p));
      int n = 0;
      for (var demo : REFERRALS) {
        var service = services.get(demo.service());
        if (service == null) {
          continue;
        }
        load(demo, service, n++);
      }
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private void load(Demo demo, ProgrammeView service, int n) {
    var born = LocalDate.of(demo.born(), 1 + n % 12, 1 + (n * 7) % 28);
    var person =
        people.register(
            new NewPerson(
                demo.given(),
                demo.family(),
                born,
                n % 4 == 3 ? null : nhsNumber(n),
                demo.given().toLowerCase()
                    + "."
                    + demo.family().toLowerCase().replace("'", "")
                    + "@example.com",
                n % 3 == 0 ? "07700 900" + String.format("%03d", n) : null,
                null,
                null,
                null,
                null));
    boolean self = demo.source() == ReferralSource.SELF;
    if (!self && n % 7 != 6) {
      consents.recordAtReferral(person, RecipientType.REFERRER, Purpose.CARE_COORDINATION);
    }
    Instant arrived =
        clock.instant().minus(Duration.ofDays(demo.daysAgo())).minus(Duration.ofHours(n));
    var referral =
        Referral.receive(
            new Referral.Intake(
                person,
                service.id(),
                demo.source(),
                self ? ReferralChannel.SELF_REFERRAL : ReferralChannel.PROFESSIONAL_FORM,
                Set.of(demo.condition()),
                null,
                demo.status(),
                demo.weeksOff(),
                null,
                null,
                reasonFor(demo),
                true,
                self ? null : "referrer"),
            arrived);
    Instant later = arrived.plus(Duration.ofDays(Math.max(1, demo.daysAgo() / 3)));
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    switch (demo.path()) {
      case NEW -> {}
      case REVIEWING -> referral.startReview("practitioner", later);
      case ACCEPTED -> {
        referral.startReview("practitioner", later);
        var results = programmes.evaluate(service.id(), referral.facts(born, today));
        var reasons = new HashMap<Integer, String>();
        results.stream()
            .filter(r -> r.outcome() == RuleOutcome.NOT_MET)
            .forEach(r -> reasons.put(r.position(), "Discussed with the team: likely to benefit."));
        referral.accept(results, reasons, "practitioner", later.plus(Duration.ofHours(2)));
        referral.recordChoice(
            org.stepwise.referral.PersonChoice.AGREED,
            null,
            "practitioner",
            later.plus(Duration.ofDays(1)),
            today);
      }
      case DECLINED -> {
        referral.startReview("manager", later);
        referral.decline(
            "This service is not the right one for them now. We suggest a referral to"
                + " the IPS service, and have sent information about local support.",
            "manager",
            later);
      }
      case DEFERRED_DUE -> {
        referral.startReview("practitioner", later);
        var then = LocalDate.ofInstant(later, LONDON);
        referral.defer(
            then.plusDays(14),
            "Newly diagnosed and not ready to think about work yet.",
            "practitioner",
            later,
            then);
      }
      case DEFERRED_LATER ->
          referral.defer(
              today.plusWeeks(6 + n % 4),
              "Just gone off work: watchful waiting for a few" + " weeks first.",
              "practitioner",
              later,
              today);
      case WITHDRAWN ->
          referral.withdraw("The person said they no longer want help.", "practitioner", later);
    }
    referrals.save(referral);
  }

  private static String reasonFor(Demo demo) {
    return switch (demo.status()) {
      case EMPLOYED_AT_WORK -> "Struggling at work with symptoms; worried about keeping the job.";
      case EMPLOYED_OFF_SICK -> "Off work and would like help planning a return.";
      case SELF_EMPLOYED -> "Self-employed and finding it hard to keep the business going.";
      case UNEMPLOYED_LOOKING ->
          "Out of work and keen to find a job that fits around their health.";
      case NOT_WORKING -> "Not working at the moment; would like to talk about options.";
      case NOT_KNOWN -> "Health is affecting work; not sure of the current work situation.";
    };
  }

  /** A valid NHS number in the 999 test range, different for each n. */
  static NhsNumber nhsNumber(int n) {
    for (int candidate = 100_000 + n * 37; ; candidate++) {
      String nine = "999" + String.format("%06d", candidate % 1_000_000);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return new NhsNumber(nine + check);
      }
    }
  }
}
