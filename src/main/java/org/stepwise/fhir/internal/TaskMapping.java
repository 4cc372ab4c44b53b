package org.stepwise.fhir.internal;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.stepwise.caseload.CaseProgress;
import org.stepwise.person.PersonDetails;
import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralOutline;
import org.stepwise.referral.ReferralStatus;

/**
 * A referral as FHIR: its ServiceRequest (the referral as received, with a status), and the Task
 * that follows it through review, the case and discharge. Reads nothing: it is given the referral,
 * its case's progress and whether the person agreed that the referrer is told what happens.
 */
final class TaskMapping {

  private TaskMapping() {}

  /** What a ServiceRequest shows of its referral. */
  record Snapshot(
      String reference,
      ReferralStatus status,
      Instant receivedAt,
      Set<Condition> conditions,
      ProgrammeId programmeId,
      String programmeName,
      Optional<PersonDetails> person,
      boolean caseClosed) {}

  static ServiceRequest serviceRequest(ElectronicReferrals.Stored stored, Snapshot referral) {
    var sr = new ServiceRequest();
    sr.setId(stored.id().toString());
    sr.addIdentifier(new Identifier().setSystem(stored.system()).setValue(stored.value()));
    sr.addIdentifier(
        new Identifier().setSystem(Fhir.REFERENCE_SYSTEM).setValue(referral.reference()));
    sr.setStatus(status(referral.status(), referral.caseClosed()));
    sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.setAuthoredOn(Date.from(referral.receivedAt()));
    referral
        .person()
        .ifPresent(
            p -> {
              var patient = patient(p);
              sr.addContained(patient);
              sr.setSubject(new Reference("#" + patient.getIdElement().getIdPart()));
            });
    for (var c : referral.conditions()) {
      var concept = new CodeableConcept().setText(c.label());
      if (c.snomedCode() != null) {
        concept.addCoding(new Coding(Fhir.SNOMED, c.snomedCode(), c.label()));
      }
      sr.addReasonCode(concept);
    }
    var performer = new Reference().setDisplay(referral.programmeName());
    if (referral.programmeId() != null) {
      performer
          .setReference("HealthcareService/" + referral.programmeId().id())
          .setIdentifier(
              new Identifier()
                  .setSystem(Fhir.SERVICE_SYSTEM)
                  .setValue(referral.programmeId().id().toString()));
    }
    sr.addPerformer(performer);
    if (stored.requester() != null) {
      sr.setRequester(new Reference().setDisplay(stored.requester()));
    }
    return sr;
  }

  /** The ServiceRequest's status: revoked when declined or withdrawn, completed at discharge. */
  static ServiceRequest.ServiceRequestStatus status(ReferralStatus status, boolean caseClosed) {
    return switch (status) {
      case DECLINED, WITHDRAWN -> ServiceRequest.ServiceRequestStatus.REVOKED;
      case DEFERRED -> ServiceRequest.ServiceRequestStatus.ONHOLD;
      default ->
          caseClosed
              ? ServiceRequest.ServiceRequestStatus.COMPLETED
              : ServiceRequest.ServiceRequestStatus.ACTIVE;
    };
  }

  /** Where the referral has got to, as a Task status. */
  static Task.TaskStatus taskStatus(ReferralStatus status, Optional<CaseProgress> progress) {
    return switch (status) {
      case RECEIVED, UNDER_REVIEW -> Task.TaskStatus.REQUESTED;
      case DECLINED -> Task.TaskStatus.REJECTED;
      case WITHDRAWN -> Task.TaskStatus.CANCELLED;
      case DEFERRED -> Task.TaskStatus.ONHOLD;
      case ACCEPTED ->
          progress
              .map(p -> p.open() ? Task.TaskStatus.INPROGRESS : Task.TaskStatus.COMPLETED)
              .orElse(Task.TaskStatus.ACCEPTED);
    };
  }

  /**
   * @param shareable the person agreed that the referrer is told the reason for a decline and the
   *     outcome
   */
  static Task task(
      ElectronicReferrals.Stored stored,
      ReferralOutline referral,
      Optional<CaseProgress> progress,
      boolean shareable) {
    var task = new Task();
    task.setId(stored.id().toString());
    task.addBasedOn(new Reference("ServiceRequest/" + stored.id()));
    task.addIdentifier(
        new Identifier().setSystem(Fhir.REFERENCE_SYSTEM).setValue(referral.reference()));
    task.setIntent(Task.TaskIntent.ORDER);
    task.setAuthoredOn(Date.from(referral.receivedAt()));
    task.setOwner(new Reference().setDisplay(referral.programmeName()));
    var status = taskStatus(referral.status(), progress);
    task.setStatus(status);
    task.setBusinessStatus(
        new CodeableConcept()
            .setText(
                switch (status) {
                  case REQUESTED -> "Received: waiting for the team to review it";
                  case REJECTED -> "Declined";
                  case CANCELLED -> "Withdrawn";
                  case ONHOLD -> "Deferred until " + referral.reviewDate();
                  case ACCEPTED -> "Accepted: waiting for support to start";
                  case INPROGRESS -> "Being supported by a named worker";
                  case COMPLETED -> "Finished with the service";
                  default -> status.getDisplay();
                }));
    if (status == Task.TaskStatus.REJECTED && shareable && referral.declineReason() != null) {
      task.setStatusReason(new CodeableConcept().setText(referral.declineReason()));
    }
    if (status == Task.TaskStatus.ONHOLD && referral.reviewDate() != null) {
      task.setStatusReason(
          new CodeableConcept()
              .setText("Deferred; the service will look at it again on " + referral.reviewDate()));
    }
    progress
        .map(CaseProgress::closedAt)
        .filter(at -> at != null)
        .ifPresent(at -> task.setLastModified(Date.from(at)));
    if (status == Task.TaskStatus.COMPLETED && shareable) {
      var outcome = progress.orElseThrow();
      task.addOutput()
          .setType(new CodeableConcept().setText("Outcome"))
          .setValue(
              new CodeableConcept(
                      new Coding(Fhir.OUTCOME, outcome.outcome().name(), outcome.outcome().label()))
                  .setText(outcome.outcome().label()));
      if (outcome.summary() != null) {
        task.addOutput()
            .setType(new CodeableConcept().setText("Discharge summary"))
            .setValue(new StringType(outcome.summary()));
      }
    }
    if (!shareable && (status == Task.TaskStatus.COMPLETED || status == Task.TaskStatus.REJECTED)) {
      task.addNote()
          .setText(
              "The person has not agreed that the service shares details with the referrer, so the"
                  + " reason or outcome is not included.");
    }
    return task;
  }

  /** The person as a Patient, contained in a ServiceRequest. */
  static Patient patient(PersonDetails p) {
    var patient = new Patient();
    patient.setId("patient");
    if (p.nhsNumber() != null) {
      patient.addIdentifier(
          new Identifier().setSystem(Fhir.NHS_NUMBER).setValue(p.nhsNumber().value()));
    }
    patient
        .addName()
        .setFamily(p.familyName())
        .addGiven(p.givenName())
        .setUse(HumanName.NameUse.OFFICIAL);
    patient.setBirthDateElement(new DateType(p.dateOfBirth().toString()));
    return patient;
  }
}
