package org.stepwise.person.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.person.PersonDetails;
import org.stepwise.person.PersonId;
import org.stepwise.person.PersonSummary;

/** A person supported by the service. */
@Table("person")
public class Person {

  @Id private final UUID id;
  private final UUID organisationId;
  private String nhsNumber;
  private String givenName;
  private String familyName;
  private LocalDate dateOfBirth;
  private String email;
  private String phone;
  private String addressLine1;
  private String addressLine2;
  private String town;
  private String postcode;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Person(
      UUID id,
      UUID organisationId,
      String nhsNumber,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      String email,
      String phone,
      String addressLine1,
      String addressLine2,
      String town,
      String postcode) {
    this.id = id;
    this.organisationId = organisationId;
    this.nhsNumber = nhsNumber;
    this.givenName = givenName;
    this.familyName = familyName;
    this.dateOfBirth = dateOfBirth;
    this.email = email;
    this.phone = phone;
    this.addressLine1 = addressLine1;
    this.addressLine2 = addressLine2;
    this.town = town;
    this.postcode = postcode;
  }

  public static Person register(NewPerson person) {
    return new Person(
        UUID.randomUUID(),
        null,
        person.nhsNumber() == null ? null : person.nhsNumber().value(),
        required(person.givenName()),
        required(person.familyName()),
        person.dateOfBirth(),
        optional(person.email()),
        optional(person.phone()),
        optional(person.addressLine1()),
        optional(person.addressLine2()),
        optional(person.town()),
        person.postcode() == null ? null : optional(person.postcode().toUpperCase()));
  }

  public UUID id() {
    return id;
  }

  public PersonDetails details() {
    return new PersonDetails(
        new PersonId(id),
        givenName,
        familyName,
        dateOfBirth,
        nhsNumber == null ? null : new NhsNumber(nhsNumber),
        email,
        phone,
        addressLine1,
        addressLine2,
        town,
        postcode);
  }

  public PersonSummary summary() {
    return new PersonSummary(
        new PersonId(id),
        givenName + " " + familyName,
        dateOfBirth,
        nhsNumber == null ? null : new NhsNumber(nhsNumber));
  }

  private static String required(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Required");
    }
    return value.trim();
  }

  private static String optional(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
