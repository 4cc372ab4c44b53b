/**
 * FHIR R4 API: electronic referrals in from GP and hospital systems, status and feedback out. HAPI
 * FHIR's plain server at {@code /fhir} (JSON and XML), OAuth 2.0 client credentials at {@code
 * /oauth2/token} (Spring Security's authorisation server), each client bound to the referring
 * organisation it acts for. A ServiceRequest becomes a referral through the referral module's own
 * intake (same rules, events and duplicate check); a Task per referral follows it through triage,
 * the case and discharge.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * caseload}, {@code consent}, {@code database}, {@code person}, {@code programme}, {@code
 * referral}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "FHIR API",
    allowedDependencies = {
      "audit",
      "caseload",
      "consent",
      "database",
      "person",
      "programme",
      "referral",
      "site"
    })
package org.stepwise.fhir;
