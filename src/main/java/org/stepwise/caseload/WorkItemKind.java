package org.stepwise.caseload;

/** Why a work item was raised. */
public enum WorkItemKind implements org.stepwise.site.Labelled {
  NEW_CASE("New case"),
  HANDOVER("Handover to read"),
  TWELVE_MONTH_REVIEW("12-month review due"),
  REVIEW_DATE("Review date reached"),
  QUESTIONNAIRE_RETURNED("Questionnaire returned"),
  MISSED_APPOINTMENT("Missed appointment");

  private final String label;

  WorkItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
