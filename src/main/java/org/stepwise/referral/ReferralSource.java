package org.stepwise.referral;

/** Who made the referral. */
public enum ReferralSource {
  GP("GP"),
  MS_NURSE("MS nurse"),
  NEUROLOGIST("Neurologist"),
  OCCUPATIONAL_THERAPIST("Occupational therapist"),
  PHYSIOTHERAPIST("Physiotherapist"),
  PAIN_CLINIC("Pain clinic"),
  RHEUMATOLOGY("Rheumatology"),
  JOB_CENTRE("Job centre"),
  EMPLOYER("Employer or occupational health"),
  CHARITY("Charity"),
  SELF("The person themselves (self-referral)");

  private final String label;

  ReferralSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
