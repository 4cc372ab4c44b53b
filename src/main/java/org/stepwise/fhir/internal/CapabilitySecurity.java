package org.stepwise.fhir.internal;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/**
 * Adds to HAPI's generated CapabilityStatement (which lists exactly the interactions the providers
 * implement) how to get in: OAuth 2.0 client credentials, the token address and the scopes.
 */
@Interceptor
class CapabilitySecurity {

  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  public void describeSecurity(IBaseConformance conformance, RequestDetails request) {
    var statement = (CapabilityStatement) conformance;
    statement.setPublisher("Stepwise");
    var base = request.getFhirServerBase();
    var tokenUrl = base.substring(0, base.length() - "/fhir".length()) + "/oauth2/token";
    for (var rest : statement.getRest()) {
      var security = rest.getSecurity();
      security.setCors(false);
      security.addService(
          new CodeableConcept(
              new Coding(
                  "http://terminology.hl7.org/CodeSystem/restful-security-service",
                  "OAuth",
                  "OAuth")));
      security.setDescription(
          "OAuth 2.0 client credentials. Ask "
              + tokenUrl
              + " for a bearer token (HTTP Basic"
              + " client authentication; scopes referral.write to send referrals, referral.read to read them and their"
              + " Tasks). Each client sees only the referrals it sent. Administrators register clients in Stepwise.");
      var uris =
          new Extension("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
      uris.addExtension("token", new UriType(tokenUrl));
      security.addExtension(uris);
    }
  }
}
