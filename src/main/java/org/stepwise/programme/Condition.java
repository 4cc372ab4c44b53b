package org.stepwise.programme;

/**
 * Long-term conditions a referral can be for, with their SNOMED CT concept where one applies (see
 * DOMAIN.md; confirm against the UK edition before sending codes to other systems).
 */
public enum Condition {
  MULTIPLE_SCLEROSIS("Multiple sclerosis (MS)", "24700007"),
  CHRONIC_PAIN("Chronic pain", "82423001"),
  CHRONIC_LOW_BACK_PAIN("Chronic low back pain", "278860009"),
  LOW_BACK_PAIN("Low back pain", "279039007"),
  MUSCULOSKELETAL_PAIN("Other musculoskeletal pain (joints, neck, shoulders)", null),
  FIBROMYALGIA("Fibromyalgia", "203082005"),
  OTHER("Another condition", null);

  private final String label;
  private final String snomedCode;

  Condition(String label, String snomedCode) {
    this.label = label;
    this.snomedCode = snomedCode;
  }

  public String label() {
    return label;
  }

  /** The SNOMED CT concept id, or null where none is set. */
  public String snomedCode() {
    return snomedCode;
  }
}
