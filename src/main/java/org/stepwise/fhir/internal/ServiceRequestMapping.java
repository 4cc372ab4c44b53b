package org.stepwise.fhir.internal;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.PersonDetails;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.NewReferral;
import org.stepwise.referral.ReferralSource;
import org.stepwise.site.Dates;

/**
 * A ServiceRequest as a new referral: the person (a contained Patient, or one this client referred
 * before, by NHS number), the service, the conditions, the reason and the consents. Checks
 * everything the referral module's intake needs, with the web form's length limits, so that what a
 * client sent wrong is named by its FHIR element ({@code ServiceRequest.performer}, {@code
 * Patient.birthDate}) in a 422 OperationOutcome, and never reaches the client as a Java message.
 */
@Component
class ServiceRequestMapping {

  /**
   * The answer to a subject given only by an NHS number that is not one of a person this client
   * referred: the same whether the service knows the number or not, and whether or not someone else
   * has referred the person.
   */
  static final String PATIENT_NEEDED =
      "ServiceRequest.subject: include the Patient resource (contained, or an entry in the Bundle)"
          + " with the name and date of birth. A subject given only by NHS number is accepted only"
          + " for a person this system has referred before.";

  /** The longest text of each kind, as on the web form. */
  static final int MAX_NAME = 100;

  static final int MAX_EMAIL = 200;
  static final int MAX_PHONE = 30;
  static final int MAX_ADDRESS_LINE = 200;
  static final int MAX_TOWN = 100;
  static final int MAX_POSTCODE = 10;
  static final int MAX_OTHER_CONDITION = 200;
  static final int MAX_REASON = 4000;
  static final int MAX_REQUESTER = 200;

  private final Programmes programmes;
  private final ApiClients clients;
  private final ReferredPeople referredPeople;
  private final Clock clock;

  ServiceRequestMapping(
      Programmes programmes, ApiClients clients, ReferredPeople referredPeople, Clock clock) {
    this.programmes = programmes;
    this.clients = clients;
    this.referredPeople = referredPeople;
    this.clock = clock;
  }

  /**
   * The referral the request asks for, from the signed-in client's organisation.
   *
   * @throws UnprocessableEntityException naming the element that is missing or wrong
   */
  NewReferral toReferral(ServiceRequest request, String client) {
    var person = person(request, client);
    var programme = service(request);
    var conditions = EnumSet.noneOf(Condition.class);
    var other = new ArrayList<String>();
    for (var reason : request.getReasonCode()) {
      var known =
          reason.getCoding().stream()
              .filter(c -> Fhir.SNOMED.equals(c.getSystem()))
              .map(c -> condition(c.getCode()))
              .filter(Objects::nonNull)
              .findFirst();
      if (known.isPresent()) {
        conditions.add(known.get());
      } else {
        conditions.add(Condition.OTHER);
        other.add(
            reason.hasText() && !reason.getText().isBlank()
                ? reason.getText().strip()
                : reason.getCoding().stream()
                    .map(Coding::getDisplay)
                    .filter(d -> d != null && !d.isBlank())
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
    limit("ServiceRequest.note (with any supporting information)", reason, MAX_REASON);
    var otherCondition = other.isEmpty() ? null : String.join("; ", other);
    limit(
        "ServiceRequest.reasonCode (the text of conditions not in SNOMED CT's list here)",
        otherCondition,
        MAX_OTHER_CONDITION);
    limit("ServiceRequest.requester", requesterName(request), MAX_REQUESTER);
    return new NewReferral(
        person,
        programme,
        source(request),
        conditions,
        otherCondition,
        employment(request),
        null,
        null,
        clients.organisationOf(client),
        reason,
        flag(request, Fhir.CONSENT_TO_CONTACT),
        flag(request, Fhir.CONSENT_TO_FEEDBACK));
  }

  /** Who sent the referral, as the request names them, or null. */
  static String requesterName(ServiceRequest request) {
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

  private NewPerson person(ServiceRequest request, String client) {
    var subject = request.getSubject();
    if (subject.getResource() instanceof Patient patient) {
      return fromPatient(patient, LocalDate.now(clock.withZone(Dates.LONDON)));
    }
    if (subject.hasIdentifier() && Fhir.NHS_NUMBER.equals(subject.getIdentifier().getSystem())) {
      var nhs = nhsNumber(subject.getIdentifier().getValue());
      return referredPeople
          .referredBy(client, nhs)
          .map(ServiceRequestMapping::fromDetails)
          .orElseThrow(() -> unprocessable(PATIENT_NEEDED));
    }
    throw unprocessable(
        "ServiceRequest.subject: include the Patient (contained) or reference them by NHS number"
            + " identifier ("
            + Fhir.NHS_NUMBER
            + ")");
  }

  /**
   * The person a Patient describes; the date of birth as written (a FHIR date has no time zone).
   *
   * @param today in London, which a date of birth may not be after
   */
  static NewPerson fromPatient(Patient p, LocalDate today) {
    HumanName name =
        p.getName().stream()
            .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
            .findFirst()
            .orElse(p.getNameFirstRep());
    var given =
        name.getGiven().stream()
            .map(StringType::getValue)
            .filter(g -> g != null && !g.isBlank())
            .findFirst()
            .orElse(null);
    if (given == null || !name.hasFamily() || name.getFamily().isBlank()) {
      throw unprocessable("Patient.name: the given and family name are required");
    }
    if (!p.hasBirthDate()) {
      throw unprocessable("Patient.birthDate is required");
    }
    if (p.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
      throw unprocessable("Patient.birthDate must be a full date: year, month and day");
    }
    var born = LocalDate.parse(p.getBirthDateElement().getValueAsString());
    if (born.isAfter(today)) {
      throw unprocessable("Patient.birthDate must not be in the future");
    }
    var nhs =
        p.getIdentifier().stream()
            .filter(i -> Fhir.NHS_NUMBER.equals(i.getSystem()))
            .findFirst()
            .map(i -> nhsNumber(i.getValue()))
            .orElse(null);
    var address = p.getAddressFirstRep();
    var lines = address.getLine().stream().map(StringType::getValue).toList();
    var person =
        new NewPerson(
            given,
            name.getFamily(),
            born,
            nhs,
            telecom(p, ContactPoint.ContactPointSystem.EMAIL),
            telecom(p, ContactPoint.ContactPointSystem.PHONE),
            lines.isEmpty() ? null : lines.get(0),
            lines.size() > 1 ? lines.get(1) : null,
            address.getCity(),
            address.getPostalCode());
    limit("Patient.name.given", person.givenName(), MAX_NAME);
    limit("Patient.name.family", person.familyName(), MAX_NAME);
    limit("Patient.telecom (email)", person.email(), MAX_EMAIL);
    limit("Patient.telecom (phone)", person.phone(), MAX_PHONE);
    limit("Patient.address.line (first)", person.addressLine1(), MAX_ADDRESS_LINE);
    limit("Patient.address.line (second)", person.addressLine2(), MAX_ADDRESS_LINE);
    limit("Patient.address.city", person.town(), MAX_TOWN);
    limit("Patient.address.postalCode", person.postcode(), MAX_POSTCODE);
    return person;
  }

  /**
   * A 422 naming the element when its text is longer than the web form allows.
   *
   * @param text may be null
   */
  static void limit(String element, String text, int max) {
    if (text != null && text.length() > max) {
      throw unprocessable(
          element
              + " must be "
              + max
              + " characters or fewer (this one has "
              + text.length()
              + "). Nothing was recorded.");
    }
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

  /** The service named in {@code performer}, which must be one taking referrals now. */
  private ProgrammeId service(ServiceRequest request) {
    for (var performer : request.getPerformer()) {
      var id =
          performer.hasReference() && performer.getReference().startsWith("HealthcareService/")
              ? performer.getReference().substring("HealthcareService/".length())
              : performer.hasIdentifier()
                      && Fhir.SERVICE_SYSTEM.equals(performer.getIdentifier().getSystem())
                  ? performer.getIdentifier().getValue()
                  : null;
      if (id != null) {
        ProgrammeId programme;
        try {
          programme = new ProgrammeId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
          throw unprocessable("ServiceRequest.performer: service " + id + " not found");
        }
        if (programmes.find(programme).filter(ProgrammeView::active).isEmpty()) {
          throw unprocessable(
              "ServiceRequest.performer: service "
                  + id
                  + " is not known, or is not taking referrals now");
        }
        return programme;
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
          } catch (IllegalArgumentException | NullPointerException unknown) {
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
      return switch (coding.getCode() == null ? "" : coding.getCode()) {
        case "224363007", "160903007", "160904001" -> EmploymentStatus.EMPLOYED_AT_WORK;
        case "73438004" -> EmploymentStatus.UNEMPLOYED_LOOKING;
        case "741062008" -> EmploymentStatus.NOT_WORKING;
        default -> EmploymentStatus.NOT_KNOWN;
      };
    }
    try {
      return EmploymentStatus.valueOf(coding.getCode());
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw unprocessable(
          "ServiceRequest.extension (employment status): unknown code " + coding.getCode());
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

  /** A 422 whose OperationOutcome says, in words written here, which element is wrong. */
  static UnprocessableEntityException unprocessable(String message) {
    return new UnprocessableEntityException(message);
  }
}
