package org.stepwise.programme;

/** Questions on the referral form that a service may ask, require or leave out. */
public enum FormField {
  NHS_NUMBER("NHS number"),
  WEEKS_OFF_WORK("Weeks off work"),
  EMPLOYER("Employer and job"),
  GP_PRACTICE("GP practice");

  private final String label;

  FormField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
