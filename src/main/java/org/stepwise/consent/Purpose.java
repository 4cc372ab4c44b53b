package org.stepwise.consent;

/** Why information would be shared. */
public enum Purpose implements org.stepwise.site.Labelled {
  CARE_COORDINATION("Care coordination: keeping their health and referral team informed"),
  EMPLOYER_LIAISON("Employer liaison: talking to their employer about work and adjustments"),
  SIGNPOSTING("Signposting: passing their details to another service that can help"),
  RESEARCH("Research");

  private final String label;

  Purpose(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
