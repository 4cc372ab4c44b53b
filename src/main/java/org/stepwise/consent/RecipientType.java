package org.stepwise.consent;

/** Who information may go to. */
public enum RecipientType implements org.stepwise.site.Labelled {
  GP("Their GP", false),
  REFERRER("The person who referred them", false),
  EMPLOYER_CONTACT("A named contact at their employer", true),
  CHARITY("A named charity or support organisation", true),
  RESEARCH_TEAM("A named research team", true);

  private final String label;
  private final boolean needsName;

  RecipientType(String label, boolean needsName) {
    this.label = label;
    this.needsName = needsName;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether consent must name the recipient (an employer contact, say), not just the kind. */
  public boolean needsName() {
    return needsName;
  }
}
