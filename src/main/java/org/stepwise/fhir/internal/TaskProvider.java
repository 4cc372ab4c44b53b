package org.stepwise.fhir.internal;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Task}: one per referral, its status following the referral, the case and discharge.
 */
@Component
class TaskProvider implements IResourceProvider {

  private final ElectronicReferrals referrals;

  TaskProvider(ElectronicReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public Class<Task> getResourceType() {
    return Task.class;
  }

  @Read
  public Task read(@IdParam IdType id) {
    return referrals.task(id.getIdPart());
  }

  @Search
  public List<Task> basedOn(@RequiredParam(name = Task.SP_BASED_ON) ReferenceParam basedOn) {
    if (basedOn.getResourceType() != null && !"ServiceRequest".equals(basedOn.getResourceType())) {
      return List.of();
    }
    try {
      return List.of(referrals.task(basedOn.getIdPart()));
    } catch (ResourceNotFoundException e) {
      return List.of();
    }
  }
}
