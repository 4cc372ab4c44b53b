package org.stepwise.programme;

/** The kinds of eligibility rule an administrator can build from referral fields. */
public enum RuleKind {
  AGE_BETWEEN("Age between", true, true, false),
  EMPLOYMENT_STATUS_IN("Work situation is one of", false, false, true),
  WEEKS_OFF_WORK_AT_LEAST("Weeks off work at least", true, false, false),
  WEEKS_OFF_WORK_AT_MOST("Weeks off work at most", false, true, false),
  CONDITION_IN("Has one of these conditions", false, false, true);

  private final String label;
  private final boolean usesLow;
  private final boolean usesHigh;
  private final boolean usesChoices;

  RuleKind(String label, boolean usesLow, boolean usesHigh, boolean usesChoices) {
    this.label = label;
    this.usesLow = usesLow;
    this.usesHigh = usesHigh;
    this.usesChoices = usesChoices;
  }

  public String label() {
    return label;
  }

  public boolean usesLow() {
    return usesLow;
  }

  public boolean usesHigh() {
    return usesHigh;
  }

  public boolean usesChoices() {
    return usesChoices;
  }
}
