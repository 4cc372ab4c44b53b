package org.stepwise.referral;

/** How a referral reached the service. */
public enum ReferralChannel {
  PROFESSIONAL_FORM("Referral form"),
  SELF_REFERRAL("Self-referral on the public page"),
  ELECTRONIC("Electronic referral from a clinical system (FHIR)");

  private final String label;

  ReferralChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
