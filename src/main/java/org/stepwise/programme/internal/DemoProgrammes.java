package org.stepwise.programme.internal;

import java.util.EnumMap;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.database.DemoData;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EligibilityRule;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeDetails;
import org.stepwise.programme.RuleKind;

/** Three demo services, as in the studies behind Stepwise, on the first demo start only. */
@Component
@Order(15)
class DemoProgrammes implements ApplicationRunner {

  static final String MS = "MS job retention (neurology)";
  static final String IPS = "IPS for chronic pain (primary care)";
  static final String ADVICE = "Vocational advice (GP practices)";

  private final DemoData demoData;
  private final ProgrammeRepository programmes;

  DemoProgrammes(DemoData demoData, ProgrammeRepository programmes) {
    this.demoData = demoData;
    this.programmes = programmes;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.enabled() || !demoData.claimFirstLoad("programme")) {
      return;
    }
    var ms =
        Programme.create(
            new ProgrammeDetails(
                MS,
                "Job retention vocational rehabilitation for people with MS who are in work and"
                    + " finding it hard. Specialist occupational therapists work with the person,"
                    + " their employer (with consent) and the MS team.",
                "Help to keep your job if you have multiple sclerosis (MS). An occupational"
                    + " therapist can help you manage tiredness and other symptoms at work, and"
                    + " talk to your employer about changes that help, if you want them to.",
                Set.of(Condition.MULTIPLE_SCLEROSIS),
                true,
                true,
                fields(
                    FieldRequirement.OPTIONAL,
                    FieldRequirement.OPTIONAL,
                    FieldRequirement.OPTIONAL,
                    FieldRequirement.HIDDEN)));
    ms.addRule(
        new EligibilityRule(
            RuleKind.AGE_BETWEEN,
            16,
            67,
            null,
            "The service is funded for people of working age (16 to 67)."));
    ms.addRule(
        new EligibilityRule(
            RuleKind.EMPLOYMENT_STATUS_IN,
            null,
            null,
            Set.of(
                EmploymentStatus.EMPLOYED_AT_WORK.name(),
                EmploymentStatus.EMPLOYED_OFF_SICK.name(),
                EmploymentStatus.SELF_EMPLOYED.name()),
            "This is a job retention service: it helps people keep the job they have. People out of"
                + " work can be referred to IPS or vocational advice instead."));
    ms.addRule(
        new EligibilityRule(
            RuleKind.CONDITION_IN,
            null,
            null,
            Set.of(Condition.MULTIPLE_SCLEROSIS.name()),
            "The therapists are trained for MS; other conditions need a different service."));
    programmes.save(ms);

    var ips =
        Programme.create(
            new ProgrammeDetails(
                IPS,
                "Individual Placement and Support for people with chronic pain who are out of work"
                    + " and want a paid job. Employment specialists work alongside the GP practice;"
                    + " no one is excluded for being 'not ready'.",
                "Help to find a paid job that suits you if you live with long-term pain. An"
                    + " employment specialist helps you look for work, and keeps supporting you"
                    + " once you have a job.",
                Set.of(
                    Condition.CHRONIC_PAIN,
                    Condition.CHRONIC_LOW_BACK_PAIN,
                    Condition.LOW_BACK_PAIN,
                    Condition.MUSCULOSKELETAL_PAIN,
                    Condition.FIBROMYALGIA),
                true,
                true,
                fields(
                    FieldRequirement.OPTIONAL,
                    FieldRequirement.HIDDEN,
                    FieldRequirement.HIDDEN,
                    FieldRequirement.OPTIONAL)));
    ips.addRule(
        new EligibilityRule(
            RuleKind.AGE_BETWEEN, 18, 64, null, "The trial funding covers adults aged 18 to 64."));
    ips.addRule(
        new EligibilityRule(
            RuleKind.EMPLOYMENT_STATUS_IN,
            null,
            null,
            Set.of(EmploymentStatus.UNEMPLOYED_LOOKING.name(), EmploymentStatus.NOT_WORKING.name()),
            "IPS is for people who are out of work and want a paid job."));
    programmes.save(ips);

    var advice =
        Programme.create(
            new ProgrammeDetails(
                ADVICE,
                "Brief vocational advice, often by phone, for patients off work or struggling at"
                    + " work because of musculoskeletal pain. For people off sick for 4 weeks or"
                    + " more, or at risk of going off.",
                "Advice from a vocational adviser if pain is making work hard, or you are off"
                    + " sick. Usually a few phone calls.",
                Set.of(),
                false,
                true,
                fields(
                    FieldRequirement.OPTIONAL,
                    FieldRequirement.REQUIRED,
                    FieldRequirement.OPTIONAL,
                    FieldRequirement.REQUIRED)));
    advice.addRule(
        new EligibilityRule(
            RuleKind.WEEKS_OFF_WORK_AT_LEAST,
            4,
            null,
            null,
            "Advice is aimed at people off work for 4 weeks or more; earlier, most people recover"
                + " without it."));
    advice.addRule(
        new EligibilityRule(
            RuleKind.WEEKS_OFF_WORK_AT_MOST,
            null,
            52,
            null,
            "After a year off work, a more intensive service (IPS) usually helps more."));
    programmes.save(advice);
  }

  private static EnumMap<FormField, FieldRequirement> fields(
      FieldRequirement nhs,
      FieldRequirement weeks,
      FieldRequirement employer,
      FieldRequirement gp) {
    var fields = new EnumMap<FormField, FieldRequirement>(FormField.class);
    fields.put(FormField.NHS_NUMBER, nhs);
    fields.put(FormField.WEEKS_OFF_WORK, weeks);
    fields.put(FormField.EMPLOYER, employer);
    fields.put(FormField.GP_PRACTICE, gp);
    return fields;
  }
}
