package org.stepwise.person;

import java.util.Collection;
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
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
public class People {

  static final String RECORD_TYPE = "person";

  private final PersonRepository people;
  private final AuditLog auditLog;

  People(PersonRepository people, AuditLog auditLog) {
    this.people = people;
    this.auditLog = auditLog;
  }

  @Transactional
  public PersonId register(NewPerson person) {
    var saved = people.save(Person.register(person));
    auditLog.record(AuditAction.CREATE, RECORD_TYPE, saved.id(), null);
    return new PersonId(saved.id());
  }

  /** Reads a person's whole record, and logs the read. */
  @Transactional
  public Optional<PersonDetails> find(PersonId id) {
    var person = people.findById(id.id()).map(Person::details);
    person.ifPresent(found -> auditLog.record(AuditAction.READ, RECORD_TYPE, id.id(), null));
    return person;
  }

  /**
   * What lists show of the given people. Does not log: the caller logs the read of its list.
   */
  @Transactional(readOnly = true)
  public Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
    var uuids = ids.stream().map(PersonId::id).distinct().toList();
    return people.findAllById(uuids).stream()
        .map(Person::summary)
        .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
  }
}
