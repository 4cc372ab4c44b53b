package org.stepwise.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.person.PersonDetails;
import org.stepwise.person.PersonId;

/** A date of birth arrives and goes back out as written, whatever the server's time zone. */
class BirthDatesTest {

  private static final FhirContext FHIR = FhirContext.forR4();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @ParameterizedTest
  @ValueSource(
      strings = {"UTC", "Europe/London", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"})
  void theDateIsTheDateWritten(String zone) {
    var before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try {
      var patient =
          FHIR.newJsonParser()
              .parseResource(
                  Patient.class,
                  """
          {"resourceType": "Patient", "name": [{"family": "Example", "given": ["Rhian"]}], "birthDate": "1985-04-14"}""");
      assertThat(ServiceRequestMapping.fromPatient(patient, TODAY).dateOfBirth())
          .isEqualTo(LocalDate.of(1985, 4, 14));

      var out =
          TaskMapping.patient(
              new PersonDetails(
                  new PersonId(UUID.randomUUID()),
                  "Rhian",
                  "Example",
                  LocalDate.of(1985, 4, 14),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null));
      assertThat(FHIR.newJsonParser().encodeResourceToString(out))
          .contains("\"birthDate\":\"1985-04-14\"");
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void aPartDateIsRefused() {
    var patient =
        FHIR.newJsonParser()
            .parseResource(
                Patient.class,
                """
        {"resourceType": "Patient", "name": [{"family": "Example", "given": ["Rhian"]}], "birthDate": "1985-04"}""");
    assertThatThrownBy(() -> ServiceRequestMapping.fromPatient(patient, TODAY))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("Patient.birthDate must be a full date");
  }

  @Test
  void aDateAfterTodayIsRefusedNamingTheElement() {
    var patient =
        FHIR.newJsonParser()
            .parseResource(
                Patient.class,
                """
        {"resourceType": "Patient", "name": [{"family": "Example", "given": ["Rhian"]}], "birthDate": "2026-12-03"}""");
    assertThatThrownBy(() -> ServiceRequestMapping.fromPatient(patient, TODAY))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessage("Patient.birthDate must not be in the future");
    var blankName =
        FHIR.newJsonParser()
            .parseResource(
                Patient.class,
                """
        {"resourceType": "Patient", "name": [{"family": " ", "given": ["Rhian"]}], "birthDate": "1985-04-14"}""");
    assertThatThrownBy(() -> ServiceRequestMapping.fromPatient(blankName, TODAY))
        .hasMessage("Patient.name: the given and family name are required");
  }
}
