package org.stepwise.fhir.internal;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/ServiceRequest}: referrals in (create), and the client's own referrals out (read,
 * search by identifier).
 */
@Component
class ServiceRequestProvider implements IResourceProvider {

  private final ElectronicReferrals referrals;

  ServiceRequestProvider(ElectronicReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Create
  public MethodOutcome create(@ResourceParam ServiceRequest request) {
    var received = referrals.receive(request);
    var outcome =
        new MethodOutcome(
            new IdType("ServiceRequest", received.resource().getIdElement().getIdPart()));
    outcome.setCreated(received.created());
    outcome.setResource(received.resource());
    return outcome;
  }

  @Read
  public ServiceRequest read(@IdParam IdType id) {
    return referrals.read(id.getIdPart());
  }

  @Search
  public List<ServiceRequest> byIdentifier(
      @RequiredParam(name = ServiceRequest.SP_IDENTIFIER) TokenParam identifier) {
    return referrals.byIdentifier(
        identifier.getSystem() == null || identifier.getSystem().isBlank()
            ? null
            : identifier.getSystem(),
        identifier.getValue());
  }
}
