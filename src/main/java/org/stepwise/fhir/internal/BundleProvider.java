package org.stepwise.fhir.internal;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir} with a Bundle: a {@code transaction} (Patient, Practitioner or
 * PractitionerRole, Organization, ServiceRequest, and optional QuestionnaireResponse or
 * DocumentReference as supporting information), or a {@code message} whose MessageHeader focuses on
 * a ServiceRequest, as in the NHS Booking and Referral Standard. Either way the one ServiceRequest
 * becomes one referral, with its references resolved inside the Bundle; the other resources are
 * recorded as part of it, not kept as resources of their own. A transaction's answer gives each
 * entry's status and location, and the ServiceRequest itself only when asked for ({@code Prefer:
 * return=representation}).
 */
@Component
class BundleProvider {

  /** The most entries a referral Bundle may hold. */
  static final int MAX_ENTRIES = 100;

  private final ElectronicReferrals referrals;

  BundleProvider(ElectronicReferrals referrals) {
    this.referrals = referrals;
  }

  @Transaction
  public Bundle receive(
      @TransactionParam Bundle bundle, ca.uhn.fhir.rest.api.server.RequestDetails details) {
    if (bundle.getEntry().size() > MAX_ENTRIES) {
      throw new UnprocessableEntityException(
          "A referral Bundle may hold at most "
              + MAX_ENTRIES
              + " entries; this one has "
              + bundle.getEntry().size()
              + ". Send one referral per Bundle.");
    }
    if (bundle.getType() == null) {
      throw new UnprocessableEntityException(
          "Bundle.type is required: send a Bundle of type transaction or message");
    }
    return switch (bundle.getType()) {
      case TRANSACTION -> transaction(bundle, representation(details));
      case MESSAGE -> message(bundle);
      default ->
          throw new UnprocessableEntityException(
              "Send a Bundle of type transaction or message (this one is "
                  + (bundle.getType() == null ? "untyped" : bundle.getType().toCode())
                  + ")");
    };
  }

  /** Whether the client asked for whole resources back ({@code Prefer: return=representation}). */
  private static boolean representation(ca.uhn.fhir.rest.api.server.RequestDetails details) {
    var prefer = details == null ? null : details.getHeader("Prefer");
    return prefer != null && prefer.replace(" ", "").contains("return=representation");
  }

  private Bundle transaction(Bundle bundle, boolean representation) {
    var request = resolved(bundle, serviceRequestIn(bundle));
    var received = referrals.receive(request);
    var id = received.resource().getIdElement().getIdPart();
    var response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
    for (var entry : bundle.getEntry()) {
      var out = response.addEntry();
      if (entry.getResource() == request) {
        if (representation) {
          out.setResource(received.resource());
        }
        out.getResponse()
            .setStatus(received.created() ? "201 Created" : "200 OK")
            .setLocation("ServiceRequest/" + id);
      } else {
        out.getResponse()
            .setStatus("200 OK")
            .setOutcome(
                information(
                    "Recorded as part of the referral ServiceRequest/"
                        + id
                        + ", not kept as a resource of its own"));
      }
    }
    return response;
  }

  /**
   * Everything about the message is checked before the referral is received: once it is, the answer
   * must say so, whatever else is wrong.
   */
  private Bundle message(Bundle bundle) {
    if (bundle.getEntry().isEmpty()
        || !(bundle.getEntryFirstRep().getResource() instanceof MessageHeader header)) {
      throw new UnprocessableEntityException("A message Bundle starts with its MessageHeader");
    }
    var messageId = messageId(bundle.getEntryFirstRep(), header);
    var focus =
        header.getFocus().stream()
            .map(f -> find(bundle, f))
            .filter(r -> r instanceof ServiceRequest)
            .map(r -> (ServiceRequest) r)
            .findFirst()
            .orElseThrow(
                () ->
                    new UnprocessableEntityException(
                        "MessageHeader.focus must reference the ServiceRequest in the Bundle"));
    var received = referrals.receive(resolved(bundle, focus));
    var reply = new MessageHeader();
    reply.setId(UUID.randomUUID().toString());
    reply.setEvent(header.getEvent());
    reply.setSource(
        new MessageHeader.MessageSourceComponent().setName("Stepwise").setEndpoint("/fhir"));
    reply.getResponse().setIdentifier(messageId).setCode(MessageHeader.ResponseType.OK);
    reply.addFocus(
        new Reference("ServiceRequest/" + received.resource().getIdElement().getIdPart()));
    var response = new Bundle().setType(Bundle.BundleType.MESSAGE).setTimestamp(new Date());
    response
        .getIdentifier()
        .setSystem("urn:ietf:rfc:3986")
        .setValue("urn:uuid:" + UUID.randomUUID());
    response
        .addEntry()
        .setFullUrl("urn:uuid:" + reply.getIdElement().getIdPart())
        .setResource(reply);
    response
        .addEntry()
        .setFullUrl("ServiceRequest/" + received.resource().getIdElement().getIdPart())
        .setResource(received.resource());
    return response;
  }

  /**
   * The id of the message, which the answer's {@code MessageHeader.response.identifier} names: the
   * MessageHeader's id, or else its entry's {@code fullUrl} (without {@code urn:uuid:}).
   *
   * @throws UnprocessableEntityException when it has neither
   */
  private static String messageId(Bundle.BundleEntryComponent entry, MessageHeader header) {
    if (header.getIdElement().hasIdPart()) {
      return header.getIdElement().getIdPart().replaceFirst("^urn:uuid:", "");
    }
    if (entry.hasFullUrl() && !entry.getFullUrl().isBlank()) {
      return entry.getFullUrl().replaceFirst("^urn:uuid:", "");
    }
    throw new UnprocessableEntityException(
        "The MessageHeader needs an id (or its entry a fullUrl), which the answer refers to."
            + " Nothing was recorded.");
  }

  private static ServiceRequest serviceRequestIn(Bundle bundle) {
    var requests =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r instanceof ServiceRequest)
            .map(r -> (ServiceRequest) r)
            .toList();
    if (requests.size() != 1) {
      throw new UnprocessableEntityException(
          "A referral Bundle holds exactly one ServiceRequest (this one has "
              + requests.size()
              + ")");
    }
    return requests.getFirst();
  }

  /** Points the ServiceRequest's references at the resources they name inside the Bundle. */
  private static ServiceRequest resolved(Bundle bundle, ServiceRequest request) {
    link(bundle, request.getSubject());
    link(bundle, request.getRequester());
    var supporting = new StringBuilder();
    for (var info : request.getSupportingInfo()) {
      var resource = find(bundle, info);
      if (resource instanceof DocumentReference document) {
        supporting
            .append("\nSupporting document: ")
            .append(
                document.hasDescription()
                    ? document.getDescription()
                    : document.getContentFirstRep().getAttachment().getTitle());
      } else if (resource instanceof QuestionnaireResponse answers) {
        supporting
            .append("\nSupporting questionnaire answers: ")
            .append(answers.getItem().size())
            .append(" items")
            .append(answers.hasQuestionnaire() ? " (" + answers.getQuestionnaire() + ")" : "");
      }
    }
    if (!supporting.isEmpty()) {
      request.addNote().setText(("Sent with the referral:" + supporting).strip());
    }
    if (request.getRequester().getResource()
        instanceof org.hl7.fhir.r4.model.PractitionerRole role) {
      link(bundle, role.getPractitioner());
    }
    return request;
  }

  private static void link(Bundle bundle, Reference reference) {
    if (reference != null && reference.hasReference() && reference.getResource() == null) {
      var found = find(bundle, reference);
      if (found == null && !reference.getReference().startsWith("#")) {
        throw new InvalidRequestException(
            "Reference " + reference.getReference() + " is not to an entry in the Bundle");
      }
      reference.setResource(found);
    }
  }

  private static IBaseResource find(Bundle bundle, Reference reference) {
    if (reference == null || !reference.hasReference()) {
      return reference == null ? null : reference.getResource();
    }
    var target = reference.getReference();
    Map<String, Resource> byUrl = new HashMap<>();
    for (var entry : bundle.getEntry()) {
      if (entry.getResource() == null) {
        continue;
      }
      if (entry.hasFullUrl()) {
        byUrl.put(entry.getFullUrl(), entry.getResource());
      }
      var r = entry.getResource();
      if (r.getIdElement().hasIdPart()) {
        byUrl.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
      }
    }
    return byUrl.get(target);
  }

  private static OperationOutcome information(String text) {
    var outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
        .setCode(OperationOutcome.IssueType.INFORMATIONAL)
        .setDiagnostics(text);
    return outcome;
  }
}
