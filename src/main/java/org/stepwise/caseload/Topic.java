package org.stepwise.caseload;

/** What a contact covered. */
public enum Topic implements org.stepwise.site.Labelled {
  CV("CV and applications"),
  INTERVIEW_PRACTICE("Interview practice"),
  JOB_SEARCH("Job search"),
  BENEFITS("Benefits and money"),
  EMPLOYER_CONTACT("Employer contact"),
  ADJUSTMENTS("Reasonable adjustments"),
  DISCLOSURE("Telling people about their condition"),
  SYMPTOM_MANAGEMENT("Managing symptoms at work (pacing, flare-ups)"),
  WELLBEING("Confidence and wellbeing"),
  OTHER("Other");

  private final String label;

  Topic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
