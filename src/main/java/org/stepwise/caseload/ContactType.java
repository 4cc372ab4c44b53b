package org.stepwise.caseload;

/** How a contact with the person (or about them) happened. */
public enum ContactType implements org.stepwise.site.Labelled {
  IN_PERSON("In person"),
  PHONE("Phone"),
  VIDEO("Video call"),
  EMAIL_OR_MESSAGE("Email or message"),
  WITH_EMPLOYER("With their employer"),
  WITH_CLINICAL_TEAM("With their clinical team"),
  OTHER("Other");

  private final String label;

  ContactType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
