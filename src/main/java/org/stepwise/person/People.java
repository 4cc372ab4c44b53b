package org.stepwise.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.person.internal.Person;
import org.stepwise.person.internal.PersonRepository;

/**
 * Registers people and reads their records. Staff who work with referrals may call it; callers
 * check record-level access (for example, a referrer sees only people they referred) before
 * reading. Every read and change is written to the access log in the same transaction.
 */
@Service
public class People {

  private static final String STAFF = "hasAnyRole('PRACTITIONER','MANAGER','REFERRER')";

  static final String RECORD_TYPE = "person";

  private final PersonRepository people;
  private final AuditLog auditLog;

  People(PersonRepository people, AuditLog auditLog) {
    this.people = people;
    this.auditLog = auditLog;
  }

  @PreAuthorize(STAFF)
  @Transactional
  public PersonId register(NewPerson person) {
    return registerPerson(person);
  }

  /**
   * Registers a person who referred themselves on the public page, with no one signed in. It only
   * creates a record: nothing is read back.
   */
  @Transactional
  public PersonId registerSelfReferral(NewPerson person) {
    return registerPerson(person);
  }

  private PersonId registerPerson(NewPerson person) {
    var saved = Person.register(person);
    people.insert(saved);
    auditLog.record(AuditAction.CREATE, RECORD_TYPE, saved.id(), null);
    return new PersonId(saved.id());
  }

  /** Whether there is a person with this id (reads nothing about them). */
  @Transactional(readOnly = true)
  public boolean exists(PersonId id) {
    return id != null && people.existsById(id.id());
  }

  /** Reads a person's whole record, and logs the read. */
  @PreAuthorize(STAFF)
  @Transactional
  public Optional<PersonDetails> find(PersonId id) {
    var person = people.findById(id.id()).map(Person::details);
    person.ifPresent(
        found ->
            auditLog.recordAbout(
                AuditAction.READ, RECORD_TYPE, id.id(), java.util.List.of(id.id()), null));
    return person;
  }

  /** What lists show of the given people. Does not log: the caller logs the read of its list. */
  @PreAuthorize(STAFF)
  @Transactional(readOnly = true)
  public Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
    var uuids = ids.stream().map(PersonId::id).distinct().toList();
    return people.findAllById(uuids).stream()
        .map(Person::summary)
        .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
  }

  /**
   * People who may be the same as the one described: the same NHS number, or the same first name,
   * last name (ignoring case) and date of birth. Returns identifiers only, so that any caller,
   * including the public self-referral, can check for duplicates without reading records.
   *
   * @param nhsNumber may be null
   */
  @Transactional(readOnly = true)
  public List<PersonId> matching(
      NhsNumber nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {
    return people
        .findMatching(
            nhsNumber == null ? null : nhsNumber.value(),
            givenName == null ? "" : givenName.trim(),
            familyName == null ? "" : familyName.trim(),
            dateOfBirth)
        .stream()
        .map(PersonId::new)
        .toList();
  }

  /**
   * How to reach a person by letter or email, for the correspondence module's background work
   * (nobody signed in). The read is logged.
   */
  @Transactional
  public Optional<PersonContact> contactFor(PersonId id) {
    var person = people.findById(id.id()).map(Person::details);
    person.ifPresent(
        p ->
            auditLog.record(
                AuditAction.READ, RECORD_TYPE, id.id(), "contact details for a letter"));
    return person.map(
        p -> {
          var address = new java.util.ArrayList<String>();
          for (String line :
              new String[] {p.addressLine1(), p.addressLine2(), p.town(), p.postcode()}) {
            if (line != null && !line.isBlank()) {
              address.add(line);
            }
          }
          return new PersonContact(
              p.fullName(),
              p.givenName(),
              p.email(),
              p.addressLine1() == null ? List.of() : address);
        });
  }
}
