package org.stepwise.fhir.internal;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseProgress;
import org.stepwise.caseload.Caseloads;
import org.stepwise.consent.Consents;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.People;
import org.stepwise.person.PersonDetails;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.NewReferral;
import org.stepwise.referral.ReceiveResult;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralIntake;
import org.stepwise.referral.ReferralOutline;
import org.stepwise.referral.ReferralSource;
import org.stepwise.referral.Referrals;

/**
 * Referrals through the API: a ServiceRequest in, through the referral module's own intake; the
 * ServiceRequest and its Task out, as the referral and its case stand now. A client sees only the
 * referrals it sent; a repeat of the same {@code ServiceRequest.identifier} returns the first.
 */
@Service
class ElectronicReferrals {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A ServiceRequest made or found, with whether it is new. */
  record Received(ServiceRequest resource, boolean created) {}

  /** What the API keeps about a ServiceRequest it received. */
  record Stored(
      UUID id, String clientId, String system, String value, UUID referralId, String requester) {}

  private final JdbcClient jdbc;
  private final ReferralIntake intake;
  private final Referrals referrals;
  private final People people;
  private final Caseloads caseloads;
  private final Consents consents;
  private final AuditLog auditLog;
  private final ApiClients clients;
  private final java.time.Clock clock;

  ElectronicReferrals(
      ApiClients clients,
      JdbcClient jdbc,
      ReferralIntake intake,
      Referrals referrals,
      People people,
      Caseloads caseloads,
      Consents consents,
      AuditLog auditLog,
      java.time.Clock clock) {
    this.clock = clock;
    this.clients = clients;
    this.jdbc = jdbc;
    this.intake = intake;
    this.referrals = referrals;
    this.people = people;
    this.caseloads = caseloads;
    this.consents = consents;
    this.auditLog = auditLog;
  }

  /**
   * Receives a referral.
   *
   * @throws UnprocessableEntityException naming what is missing or wrong, or when the person
   *     already has an open referral
   */
  @Transactional
  Received receive(ServiceRequest request) {
    var client = currentClient();
    var identifier =
        request.getIdentifier().stream()
            .filter(i -> i.hasSystem() && i.hasValue())
            .findFirst()
            .orElseThrow(
                () ->
                    unprocessable(
                        "ServiceRequest.identifier is required (system and value), so that a repeat is"
                            + " recognised and not recorded twice"));
    var existing = lockAndFind(client, identifier.getSystem(), identifier.getValue());
    if (existing.isPresent()) {
      return new Received(serviceRequest(existing.get()), false);
    }
    var referral = toReferral(request);
    var requester = requesterName(request);
    ReceiveResult result;
    try {
      result = intake.receiveElectronic(referral, requester);
    } catch (IllegalArgumentException e) {
      throw unprocessable(e.getMessage());
    }
    if (result instanceof ReceiveResult.PossibleDuplicate duplicate) {
      throw unprocessable(
          "This person already has an open referral with the service"
              + (duplicate.existing().visibleToYou()
                  ? " (" + duplicate.existing().reference() + ")"
                  : "")
              + ". Nothing was recorded: contact the service to add to it.");
    }
    var received = ((ReceiveResult.Received) result).referral();
    var stored =
        new Stored(
            UUID.randomUUID(),
            client,
            identifier.getSystem(),
            identifier.getValue(),
            received.id().id(),
            requester);
    jdbc.sql(
            """
        insert into fhir_service_request (id, client_id, identifier_system, identifier_value, referral_id, requester,
          created_at, created_by) values (:id, :c, :s, :v, :r, :req, :now, :c)""")
        .param("id", stored.id())
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .param("c", client)
        .param("s", stored.system())
        .param("v", stored.value())
        .param("r", stored.referralId())
        .param("req", requester)
        .update();
    // The intake logged the new referral; the answer only echoes what the client sent.
    return new Received(
        serviceRequest(
            stored,
            new Snapshot(
                received.reference(),
                received.status(),
                received.receivedAt(),
                received.conditions(),
                received.programmeId(),
                received.programmeName(),
                Optional.ofNullable(received.person()),
                false)),
        true);
  }

  /** One of the client's ServiceRequests. */
  @Transactional
  ServiceRequest read(String id) {
    return serviceRequest(mine(id));
  }

  /** The client's ServiceRequests with this identifier (none or one). */
  @Transactional
  List<ServiceRequest> byIdentifier(String system, String value) {
    var client = currentClient();
    var found =
        system == null
            ? jdbc.sql(
                    "select * from fhir_service_request where client_id = :c and identifier_value = :v")
                .param("c", client)
                .param("v", value)
                .query(ElectronicReferrals::row)
                .list()
            : stored(client, system, value).map(List::of).orElse(List.of());
    return found.stream().map(this::serviceRequest).toList();
  }

  /** The Task following one of the client's referrals. */
  @Transactional
  Task task(String id) {
    return task(mine(id));
  }

  private Stored mine(String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ResourceNotFoundException("No such resource: " + id);
    }
    return jdbc.sql("select * from fhir_service_request where id = :id and client_id = :c")
        .param("id", uuid)
        .param("c", currentClient())
        .query(ElectronicReferrals::row)
        .optional()
        .orElseThrow(() -> new ResourceNotFoundException("No such resource: " + id));
  }

  /**
   * Finds the client's ServiceRequest with this identifier, first taking a lock on the identifier
   * until the transaction ends: the same request sent twice at once is then received once and
   * answered "200 OK" the second time, not raced into the duplicate check. (Two statements: one
   * that waited for the lock would still see the data as it was when it started.)
   */
  private Optional<Stored> lockAndFind(String client, String system, String value) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
        .param("key", "fhir_service_request|" + client + "|" + system + "|" + value)
        .query((r, n) -> 1)
        .single();
    return stored(client, system, value);
  }

  private Optional<Stored> stored(String client, String system, String value) {
    return jdbc.sql(
            """
        select * from fhir_service_request where client_id = :c and identifier_system = :s and identifier_value = :v""")
        .param("c", client)
        .param("s", system)
        .param("v", value)
        .query(ElectronicReferrals::row)
        .optional();
  }

  private static Stored row(java.sql.ResultSet r, int n) throws java.sql.SQLException {
    return new Stored(
        r.getObject("id", UUID.class),
        r.getString("client_id"),
        r.getString("identifier_system"),
        r.getString("identifier_value"),
        r.getObject("referral_id", UUID.class),
        r.getString("requester"));
  }

  // --- FHIR to referral ---

  private NewReferral toReferral(ServiceRequest request) {
    var person = person(request);
    var programme = service(request);
    var conditions = EnumSet.noneOf(Condition.class);
    var other = new ArrayList<String>();
    for (var reason : request.getReasonCode()) {
      var known =
          reason.getCoding().stream()
              .filter(c -> Fhir.SNOMED.equals(c.getSystem()))
              .map(c -> condition(c.getCode()))
              .filter(c -> c != null)
              .findFirst();
      if (known.isPresent()) {
        conditions.add(known.get());
      } else {
        conditions.add(Condition.OTHER);
        other.add(
            reason.hasText()
                ? reason.getText()
                : reason.getCoding().stream()
                    .map(Coding::getDisplay)
                    .filter(d -> d != null)
                    .findFirst()
                    .orElse("Not named"));
      }
    }
    if (conditions.isEmpty()) {
      throw unprocessable(
          "ServiceRequest.reasonCode: give at least one condition (SNOMED CT), which the service's"
              + " eligibility rules need");
    }
    var reason =
        request.getNote().stream()
            .map(n -> n.getText())
            .filter(t -> t != null && !t.isBlank())
            .collect(Collectors.joining("\n"));
    if (reason.isBlank()) {
      throw unprocessable("ServiceRequest.note: say why the person is being referred");
    }
    return new NewReferral(
        person,
        programme,
        source(request),
        conditions,
        other.isEmpty() ? null : String.join("; ", other),
        employment(request),
        null,
        null,
        clients.organisationOf(currentClient()),
        reason,
        flag(request, Fhir.CONSENT_TO_CONTACT),
        flag(request, Fhir.CONSENT_TO_FEEDBACK));
  }

  private NewPerson person(ServiceRequest request) {
    var subject = request.getSubject();
    if (subject.getResource() instanceof Patient patient) {
      return fromPatient(patient);
    }
    if (subject.hasIdentifier() && Fhir.NHS_NUMBER.equals(subject.getIdentifier().getSystem())) {
      var nhs = nhsNumber(subject.getIdentifier().getValue());
      var known =
          people.matching(nhs, null, null, null).stream()
              .findFirst()
              .flatMap(people::find)
              .filter(p -> nhs.equals(p.nhsNumber()));
      return known
          .map(ElectronicReferrals::fromDetails)
          .orElseThrow(
              () ->
                  unprocessable(
                      "ServiceRequest.subject: this NHS number is not known to the service; include the Patient (contained,"
                          + " with name and date of birth)"));
    }
    throw unprocessable(
        "ServiceRequest.subject: include the Patient (contained) or reference them by NHS number"
            + " identifier ("
            + Fhir.NHS_NUMBER
            + ")");
  }

  static NewPerson fromPatient(Patient p) {
    HumanName name =
        p.getName().stream()
            .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
            .findFirst()
            .orElse(p.getNameFirstRep());
    var given =
        name.getGiven().stream()
            .map(StringType::getValue)
            .filter(g -> g != null)
            .findFirst()
            .orElse(null);
    if (given == null || !name.hasFamily()) {
      throw unprocessable("Patient.name: the given and family name are required");
    }
    if (!p.hasBirthDate()) {
      throw unprocessable("Patient.birthDate is required");
    }
    // The date as written (a FHIR date has no time zone), not a java.util.Date read in some zone.
    if (p.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
      throw unprocessable("Patient.birthDate must be a full date: year, month and day");
    }
    var born = LocalDate.parse(p.getBirthDateElement().getValueAsString());
    if (born.isAfter(LocalDate.now(LONDON))) {
      throw unprocessable("Patient.birthDate must not be in the future");
    }
    var nhs =
        p.getIdentifier().stream()
            .filter(i -> Fhir.NHS_NUMBER.equals(i.getSystem()))
            .findFirst()
            .map(i -> nhsNumber(i.getValue()))
            .orElse(null);
    var email = telecom(p, ContactPoint.ContactPointSystem.EMAIL);
    var phone = telecom(p, ContactPoint.ContactPointSystem.PHONE);
    var address = p.getAddressFirstRep();
    var lines = address.getLine().stream().map(StringType::getValue).toList();
    return new NewPerson(
        given,
        name.getFamily(),
        born,
        nhs,
        email,
        phone,
        lines.isEmpty() ? null : lines.get(0),
        lines.size() > 1 ? lines.get(1) : null,
        address.getCity(),
        address.getPostalCode());
  }

  private static NewPerson fromDetails(PersonDetails d) {
    return new NewPerson(
        d.givenName(),
        d.familyName(),
        d.dateOfBirth(),
        d.nhsNumber(),
        d.email(),
        d.phone(),
        d.addressLine1(),
        d.addressLine2(),
        d.town(),
        d.postcode());
  }

  private static NhsNumber nhsNumber(String value) {
    return NhsNumber.parse(value)
        .orElseThrow(
            () ->
                unprocessable(
                    "NHS number "
                        + value
                        + " is not valid: it must be 10 digits with a correct check digit"));
  }

  private static String telecom(Patient p, ContactPoint.ContactPointSystem system) {
    return p.getTelecom().stream()
        .filter(t -> t.getSystem() == system)
        .map(ContactPoint::getValue)
        .findFirst()
        .orElse(null);
  }

  private static ProgrammeId service(ServiceRequest request) {
    for (var performer : request.getPerformer()) {
      var id =
          performer.hasReference() && performer.getReference().startsWith("HealthcareService/")
              ? performer.getReference().substring("HealthcareService/".length())
              : performer.hasIdentifier()
                      && Fhir.SERVICE_SYSTEM.equals(performer.getIdentifier().getSystem())
                  ? performer.getIdentifier().getValue()
                  : null;
      if (id != null) {
        try {
          return new ProgrammeId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
          throw unprocessable("ServiceRequest.performer: service " + id + " not found");
        }
      }
    }
    throw unprocessable(
        "ServiceRequest.performer: say which service, as HealthcareService/{id} or an identifier in "
            + Fhir.SERVICE_SYSTEM);
  }

  private static ReferralSource source(ServiceRequest request) {
    for (var category : request.getCategory()) {
      for (var coding : category.getCoding()) {
        if (Fhir.REFERRAL_SOURCE.equals(coding.getSystem())) {
          try {
            return ReferralSource.valueOf(coding.getCode());
          } catch (IllegalArgumentException | NullPointerException e) {
            throw unprocessable(
                "ServiceRequest.category: unknown referral source " + coding.getCode());
          }
        }
      }
    }
    return ReferralSource.GP;
  }

  private static EmploymentStatus employment(ServiceRequest request) {
    var extension = request.getExtensionByUrl(Fhir.EMPLOYMENT_EXTENSION);
    if (extension == null || !(extension.getValue() instanceof Coding coding)) {
      return EmploymentStatus.NOT_KNOWN;
    }
    if (Fhir.SNOMED.equals(coding.getSystem())) {
      return switch (coding.getCode()) {
        case "224363007", "160903007", "160904001" -> EmploymentStatus.EMPLOYED_AT_WORK;
        case "73438004" -> EmploymentStatus.UNEMPLOYED_LOOKING;
        case "741062008" -> EmploymentStatus.NOT_WORKING;
        default -> EmploymentStatus.NOT_KNOWN;
      };
    }
    try {
      return EmploymentStatus.valueOf(coding.getCode());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unprocessable("Employment status extension: unknown code " + coding.getCode());
    }
  }

  private static boolean flag(ServiceRequest request, String url) {
    var extension = request.getExtensionByUrl(url);
    return extension != null && extension.getValue() instanceof BooleanType b && b.booleanValue();
  }

  private static Condition condition(String snomed) {
    for (var c : Condition.values()) {
      if (snomed != null && snomed.equals(c.snomedCode())) {
        return c;
      }
    }
    return null;
  }

  private static String requesterName(ServiceRequest request) {
    var requester = request.getRequester();
    if (requester.hasDisplay()) {
      return requester.getDisplay();
    }
    if (requester.getResource() instanceof Practitioner p) {
      return p.getNameFirstRep().getNameAsSingleString();
    }
    if (requester.getResource() instanceof PractitionerRole role) {
      return role.getPractitioner().hasDisplay()
          ? role.getPractitioner().getDisplay()
          : role.getPractitioner().getResource() instanceof Practitioner p
              ? p.getNameFirstRep().getNameAsSingleString()
              : null;
    }
    return null;
  }

  // --- referral to FHIR ---

  /** What a ServiceRequest shows of its referral. */
  private record Snapshot(
      String reference,
      org.stepwise.referral.ReferralStatus status,
      java.time.Instant receivedAt,
      java.util.Set<Condition> conditions,
      ProgrammeId programmeId,
      String programmeName,
      Optional<PersonDetails> person,
      boolean caseClosed) {}

  private ServiceRequest serviceRequest(Stored stored) {
    var outline = outline(stored);
    var progress = caseloads.progress(stored.referralId());
    auditLog.record(
        AuditAction.READ,
        "referral",
        stored.referralId(),
        "FHIR ServiceRequest for " + stored.clientId());
    return serviceRequest(
        stored,
        new Snapshot(
            outline.reference(),
            outline.status(),
            outline.receivedAt(),
            outline.conditions(),
            outline.programmeId(),
            outline.programmeName(),
            people.find(outline.personId()),
            progress.filter(p -> !p.open()).isPresent()));
  }

  private static ServiceRequest serviceRequest(Stored stored, Snapshot outline) {
    var sr = new ServiceRequest();
    sr.setId(stored.id().toString());
    sr.addIdentifier(new Identifier().setSystem(stored.system()).setValue(stored.value()));
    sr.addIdentifier(
        new Identifier().setSystem(Fhir.REFERENCE_SYSTEM).setValue(outline.reference()));
    sr.setStatus(
        switch (outline.status()) {
          case DECLINED, WITHDRAWN -> ServiceRequest.ServiceRequestStatus.REVOKED;
          case DEFERRED -> ServiceRequest.ServiceRequestStatus.ONHOLD;
          default ->
              outline.caseClosed()
                  ? ServiceRequest.ServiceRequestStatus.COMPLETED
                  : ServiceRequest.ServiceRequestStatus.ACTIVE;
        });
    sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.setAuthoredOn(Date.from(outline.receivedAt()));
    outline
        .person()
        .ifPresent(
            p -> {
              var patient = patient(p);
              sr.addContained(patient);
              sr.setSubject(new Reference("#" + patient.getIdElement().getIdPart()));
            });
    for (var c : outline.conditions()) {
      var concept = new CodeableConcept().setText(c.label());
      if (c.snomedCode() != null) {
        concept.addCoding(new Coding(Fhir.SNOMED, c.snomedCode(), c.label()));
      }
      sr.addReasonCode(concept);
    }
    var performer = new Reference().setDisplay(outline.programmeName());
    if (outline.programmeId() != null) {
      performer
          .setReference("HealthcareService/" + outline.programmeId().id())
          .setIdentifier(
              new Identifier()
                  .setSystem(Fhir.SERVICE_SYSTEM)
                  .setValue(outline.programmeId().id().toString()));
    }
    sr.addPerformer(performer);
    if (stored.requester() != null) {
      sr.setRequester(new Reference().setDisplay(stored.requester()));
    }
    return sr;
  }

  private Task task(Stored stored) {
    var outline = outline(stored);
    var progress = caseloads.progress(stored.referralId());
    auditLog.record(
        AuditAction.READ, "referral", stored.referralId(), "FHIR Task for " + stored.clientId());
    var shareable =
        consents
            .check(outline.personId(), RecipientType.REFERRER, null, Purpose.CARE_COORDINATION)
            .allowed();
    var task = new Task();
    task.setId(stored.id().toString());
    task.addBasedOn(new Reference("ServiceRequest/" + stored.id()));
    task.addIdentifier(
        new Identifier().setSystem(Fhir.REFERENCE_SYSTEM).setValue(outline.reference()));
    task.setIntent(Task.TaskIntent.ORDER);
    task.setAuthoredOn(Date.from(outline.receivedAt()));
    task.setOwner(new Reference().setDisplay(outline.programmeName()));
    var status =
        switch (outline.status()) {
          case RECEIVED, UNDER_REVIEW -> Task.TaskStatus.REQUESTED;
          case DECLINED -> Task.TaskStatus.REJECTED;
          case WITHDRAWN -> Task.TaskStatus.CANCELLED;
          case DEFERRED -> Task.TaskStatus.ONHOLD;
          case ACCEPTED ->
              progress
                  .map(p -> p.open() ? Task.TaskStatus.INPROGRESS : Task.TaskStatus.COMPLETED)
                  .orElse(Task.TaskStatus.ACCEPTED);
        };
    task.setStatus(status);
    task.setBusinessStatus(
        new CodeableConcept()
            .setText(
                switch (status) {
                  case REQUESTED -> "Received: waiting for the team to review it";
                  case REJECTED -> "Declined";
                  case CANCELLED -> "Withdrawn";
                  case ONHOLD -> "Deferred until " + outline.reviewDate();
                  case ACCEPTED -> "Accepted: waiting for support to start";
                  case INPROGRESS -> "Being supported by a named worker";
                  case COMPLETED -> "Finished with the service";
                  default -> status.getDisplay();
                }));
    if (status == Task.TaskStatus.REJECTED && shareable && outline.declineReason() != null) {
      task.setStatusReason(new CodeableConcept().setText(outline.declineReason()));
    }
    if (status == Task.TaskStatus.ONHOLD && outline.reviewDate() != null) {
      task.setStatusReason(
          new CodeableConcept()
              .setText("Deferred; the service will look at it again on " + outline.reviewDate()));
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

  private ReferralOutline outline(Stored stored) {
    return referrals
        .outline(new ReferralId(stored.referralId()))
        .orElseThrow(() -> new ResourceNotFoundException("No such resource: " + stored.id()));
  }

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

  static String currentClient() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  private static UnprocessableEntityException unprocessable(String message) {
    return new UnprocessableEntityException(message);
  }
}
