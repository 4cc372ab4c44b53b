package org.stepwise.fhir.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.People;
import org.stepwise.person.PersonDetails;
import org.stepwise.person.PersonId;

/**
 * The people an API client has referred, found by NHS number: a ServiceRequest may name its subject
 * by NHS number alone only for them. Anyone else, whether the service knows them or not, is not
 * found, so the answer never tells a client whether someone else is known to the service. Every
 * lookup that finds no one this client referred is in the access log, naming the person the number
 * belongs to when there is one (the client is not told).
 */
@Component
class ReferredPeople {

  static final String RECORD_TYPE = "person";

  private final JdbcClient jdbc;
  private final People people;
  private final AuditLog auditLog;

  ReferredPeople(JdbcClient jdbc, People people, AuditLog auditLog) {
    this.jdbc = jdbc;
    this.people = people;
    this.auditLog = auditLog;
  }

  /**
   * The person with this NHS number whom the client referred most recently (whose record read is
   * logged); empty, and logged as refused, when the client referred no one with it. Must be called
   * in a transaction; the refusal's log row commits even when that transaction does not.
   */
  Optional<PersonDetails> referredBy(String client, NhsNumber nhsNumber) {
    List<PersonId> holders = people.matching(nhsNumber, null, null, null);
    Optional<PersonDetails> found = Optional.empty();
    if (!holders.isEmpty()) {
      found =
          jdbc.sql(
                  """
                  select person_id from fhir_service_request
                  where client_id = :c and person_id in (:people)
                  order by created_at desc limit 1""")
              .param("c", client)
              .param("people", holders.stream().map(PersonId::id).toList())
              .query(UUID.class)
              .optional()
              .flatMap(id -> people.find(new PersonId(id)))
              .filter(p -> nhsNumber.equals(p.nhsNumber()));
    }
    if (found.isEmpty()) {
      // In a transaction of its own: the request is refused, and its own transaction rolled back.
      auditLog.recordAs(
          client,
          AuditAction.READ,
          RECORD_TYPE,
          holders.isEmpty() ? null : holders.getFirst().id(),
          "FHIR subject by NHS number refused for "
              + client
              + (holders.isEmpty()
                  ? ": no one has this number"
                  : ": someone this client did not refer"));
    }
    return found;
  }
}
