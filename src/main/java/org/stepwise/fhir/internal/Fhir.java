package org.stepwise.fhir.internal;

/** The identifiers, code systems and extensions the API uses. */
final class Fhir {

  /** NHS number identifiers. */
  static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

  /** SNOMED CT. */
  static final String SNOMED = "http://snomed.info/sct";

  /**
   * Stepwise's own definitions; {@code .example} because a service keeps them as names, not
   * addresses.
   */
  static final String BASE = "https://fhir.stepwise.example";

  /** A Stepwise service, as {@code HealthcareService/<id>} or an identifier in this system. */
  static final String SERVICE_SYSTEM = BASE + "/Id/service";

  /** The referral's Stepwise reference (e.g. SW-7K3D-9QX2). */
  static final String REFERENCE_SYSTEM = BASE + "/Id/referral-reference";

  /** Extension: the person agreed to be contacted by the service (valueBoolean). */
  static final String CONSENT_TO_CONTACT = BASE + "/StructureDefinition/consent-to-contact";

  /**
   * Extension: the person agreed that the service tells the referrer what happens (valueBoolean).
   */
  static final String CONSENT_TO_FEEDBACK = BASE + "/StructureDefinition/consent-to-feedback";

  /** Extension: employment status (valueCoding, SNOMED CT or {@link #EMPLOYMENT_STATUS}). */
  static final String EMPLOYMENT_EXTENSION = BASE + "/StructureDefinition/employment-status";

  /** Code system: Stepwise employment statuses (EMPLOYED_AT_WORK, EMPLOYED_OFF_SICK...). */
  static final String EMPLOYMENT_STATUS = BASE + "/CodeSystem/employment-status";

  /** Code system: who referred (GP, MS_NURSE, ...), in ServiceRequest.category. */
  static final String REFERRAL_SOURCE = BASE + "/CodeSystem/referral-source";

  /** Code system: discharge outcomes, in Task.output. */
  static final String OUTCOME = BASE + "/CodeSystem/outcome";

  private Fhir() {}
}
