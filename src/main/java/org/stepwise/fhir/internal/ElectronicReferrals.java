package org.stepwise.fhir.internal;

import static org.stepwise.fhir.internal.ServiceRequestMapping.unprocessable;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.Caseloads;
import org.stepwise.consent.Consents;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.People;
import org.stepwise.referral.ReceiveResult;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralIntake;
import org.stepwise.referral.ReferralOutline;
import org.stepwise.referral.Referrals;

/**
 * Referrals through the API: a ServiceRequest in, through the referral module's own intake; the
 * ServiceRequest and its Task out, as the referral and its case stand now. A client sees only the
 * referrals it sent; a repeat of the same {@code ServiceRequest.identifier} returns the first. This
 * class keeps what the API received ({@code fhir_service_request}) and reads and logs what it
 * answers with; {@link ServiceRequestMapping} turns a ServiceRequest into a referral and {@link
 * TaskMapping} a referral into FHIR.
 *
 * <p>Each method checks the token's scope itself, whatever route reached it: {@code referral.write}
 * to send, {@code referral.read} to read (so a send-only token cannot read through {@code POST
 * _search}).
 */
@Service
class ElectronicReferrals {

  private static final Logger log = LoggerFactory.getLogger(ElectronicReferrals.class);

  private static final String READ = "SCOPE_referral.read";
  private static final String WRITE = "SCOPE_referral.write";

  /** The longest identifier system and value: kept in a unique index, so bounded. */
  static final int MAX_IDENTIFIER_SYSTEM = 300;

  static final int MAX_IDENTIFIER_VALUE = 200;

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
  private final ServiceRequestMapping mapping;
  private final Clock clock;

  ElectronicReferrals(
      ServiceRequestMapping mapping,
      JdbcClient jdbc,
      ReferralIntake intake,
      Referrals referrals,
      People people,
      Caseloads caseloads,
      Consents consents,
      AuditLog auditLog,
      Clock clock) {
    this.clock = clock;
    this.mapping = mapping;
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
    requireScope(WRITE);
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
    ServiceRequestMapping.limit(
        "ServiceRequest.identifier.system", identifier.getSystem(), MAX_IDENTIFIER_SYSTEM);
    ServiceRequestMapping.limit(
        "ServiceRequest.identifier.value", identifier.getValue(), MAX_IDENTIFIER_VALUE);
    var existing = lockAndFind(client, identifier.getSystem(), identifier.getValue());
    if (existing.isPresent()) {
      return new Received(serviceRequest(existing.get()), false);
    }
    var referral = mapping.toReferral(request, client);
    var requester = ServiceRequestMapping.requesterName(request);
    ReceiveResult result;
    try {
      result = intake.receiveElectronic(referral, requester);
    } catch (IllegalArgumentException incomplete) {
      // The mapping checks all the intake needs; this is a case it did not foresee (perhaps the
      // service stopped taking referrals a moment ago). The client reads words written here.
      var reference = UUID.randomUUID().toString().substring(0, 8);
      log.warn("A FHIR referral was refused by the intake (reference {})", reference, incomplete);
      throw unprocessable(
          "ServiceRequest: the referral could not be recorded as sent (reference "
              + reference
              + "). Check ServiceRequest.performer (a service taking referrals),"
              + " ServiceRequest.subject (the Patient's name and date of birth),"
              + " ServiceRequest.reasonCode and ServiceRequest.note. Nothing was recorded.");
    }
    if (result instanceof ReceiveResult.PossibleDuplicate duplicate) {
      // Only ever one this client sent: a possible duplicate of someone else's referral is
      // recorded for the service to check, so the answer does not say whether another referrer
      // knows the person.
      throw unprocessable(
          "This person already has an open referral with the service"
              + (duplicate.existing().visibleToYou()
                  ? ", which you sent (" + duplicate.existing().reference() + ")"
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
          person_id, created_at, created_by) values (:id, :c, :s, :v, :r, :req, :person, :now, :c)""")
        .param("id", stored.id())
        .param("person", received.person() == null ? null : received.person().id().id())
        .param("now", Timestamp.from(clock.instant()))
        .param("c", client)
        .param("s", stored.system())
        .param("v", stored.value())
        .param("r", stored.referralId())
        .param("req", requester)
        .update();
    // The intake logged the new referral; the answer only echoes what the client sent.
    return new Received(
        TaskMapping.serviceRequest(
            stored,
            new TaskMapping.Snapshot(
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
    requireScope(READ);
    return serviceRequest(mine(id));
  }

  /** The client's ServiceRequests with this identifier (none or one). */
  @Transactional
  List<ServiceRequest> byIdentifier(String system, String value) {
    requireScope(READ);
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
    requireScope(READ);
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

  private static Stored row(ResultSet r, int n) throws SQLException {
    return new Stored(
        r.getObject("id", UUID.class),
        r.getString("client_id"),
        r.getString("identifier_system"),
        r.getString("identifier_value"),
        r.getObject("referral_id", UUID.class),
        r.getString("requester"));
  }

  private ServiceRequest serviceRequest(Stored stored) {
    var outline = outline(stored);
    var progress = caseloads.progress(new ReferralId(stored.referralId()));
    auditLog.record(
        AuditAction.READ,
        "referral",
        stored.referralId(),
        "FHIR ServiceRequest for " + stored.clientId());
    return TaskMapping.serviceRequest(
        stored,
        new TaskMapping.Snapshot(
            outline.reference(),
            outline.status(),
            outline.receivedAt(),
            outline.conditions(),
            outline.programmeId(),
            outline.programmeName(),
            people.find(outline.personId()),
            progress.filter(p -> !p.open()).isPresent()));
  }

  private Task task(Stored stored) {
    var outline = outline(stored);
    var progress = caseloads.progress(new ReferralId(stored.referralId()));
    auditLog.record(
        AuditAction.READ, "referral", stored.referralId(), "FHIR Task for " + stored.clientId());
    var shareable =
        consents
            .check(outline.personId(), RecipientType.REFERRER, null, Purpose.CARE_COORDINATION)
            .allowed();
    return TaskMapping.task(stored, outline, progress, shareable);
  }

  private ReferralOutline outline(Stored stored) {
    return referrals
        .outline(new ReferralId(stored.referralId()))
        .orElseThrow(() -> new ResourceNotFoundException("No such resource: " + stored.id()));
  }

  static String currentClient() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  /**
   * Refuses (403) a token without the scope.
   *
   * @throws AccessDeniedException without it
   */
  private static void requireScope(String authority) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || authentication.getAuthorities().stream()
            .noneMatch(a -> authority.equals(a.getAuthority()))) {
      throw new AccessDeniedException("This client's scopes do not allow that");
    }
  }
}
