package org.stepwise.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.consent.ConsentMethod;
import org.stepwise.consent.ConsentState;
import org.stepwise.consent.NewConsent;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.person.PersonId;
import org.stepwise.site.ChangeRefused;

class ConsentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private final PersonId person = new PersonId(UUID.randomUUID());

  private Consent give(RecipientType type, String name, LocalDate expires) {
    return Consent.give(
        person,
        new NewConsent(
            type,
            name,
            Purpose.EMPLOYER_LIAISON,
            TODAY.minusDays(10),
            ConsentMethod.WRITTEN,
            expires,
            null),
        TODAY);
  }

  @Test
  void isActiveFromTheDayGivenUntilItsLastDay() {
    var consent = give(RecipientType.EMPLOYER_CONTACT, "Jo Bloggs", TODAY.plusDays(5));
    assertThat(consent.stateOn(TODAY.minusDays(11))).isEqualTo(ConsentState.NOT_YET);
    assertThat(consent.stateOn(TODAY)).isEqualTo(ConsentState.ACTIVE);
    assertThat(consent.stateOn(TODAY.plusDays(5))).isEqualTo(ConsentState.ACTIVE);
    assertThat(consent.stateOn(TODAY.plusDays(6))).isEqualTo(ConsentState.EXPIRED);
  }

  @Test
  void isWithdrawnFromTheDayOfWithdrawal() {
    var consent = give(RecipientType.GP, null, null);
    consent.withdraw(TODAY.minusDays(2), "Changed their mind", "practitioner", TODAY);
    assertThat(consent.stateOn(TODAY.minusDays(3))).isEqualTo(ConsentState.ACTIVE);
    assertThat(consent.stateOn(TODAY.minusDays(2))).isEqualTo(ConsentState.WITHDRAWN);
    assertThatThrownBy(() -> consent.withdraw(TODAY, null, "practitioner", TODAY))
        .isInstanceOfSatisfying(
            ChangeRefused.class,
            r -> assertThat(r.messageKey()).isEqualTo("consent.withdraw.already"));
  }

  @Test
  void aNamedRecipientIsMatchedByNameAndAnUnnamedOneCoversAnyOfThatKind() {
    var named = give(RecipientType.EMPLOYER_CONTACT, "Jo Bloggs", null);
    assertThat(
            named.covers(RecipientType.EMPLOYER_CONTACT, " jo bloggs ", Purpose.EMPLOYER_LIAISON))
        .isTrue();
    assertThat(named.covers(RecipientType.EMPLOYER_CONTACT, "Sam Other", Purpose.EMPLOYER_LIAISON))
        .isFalse();
    assertThat(named.covers(RecipientType.EMPLOYER_CONTACT, "Jo Bloggs", Purpose.RESEARCH))
        .isFalse();
    var anyGp = give(RecipientType.GP, null, null);
    assertThat(anyGp.covers(RecipientType.GP, "Dr Okafor", Purpose.EMPLOYER_LIAISON)).isTrue();
    assertThat(anyGp.covers(RecipientType.GP, null, Purpose.EMPLOYER_LIAISON)).isTrue();
    assertThat(anyGp.covers(RecipientType.REFERRER, null, Purpose.EMPLOYER_LIAISON)).isFalse();
  }

  @Test
  void refusesConsentThatCannotBeRightfullyRecorded() {
    assertThatThrownBy(() -> give(RecipientType.CHARITY, " ", null))
        .hasMessage("consent.recipientName.required");
    assertThatThrownBy(
            () ->
                Consent.give(
                    person,
                    new NewConsent(
                        RecipientType.GP,
                        null,
                        Purpose.CARE_COORDINATION,
                        TODAY.plusDays(1),
                        ConsentMethod.VERBAL,
                        null,
                        null),
                    TODAY))
        .hasMessageContaining(".future");
    assertThatThrownBy(() -> give(RecipientType.GP, null, TODAY.minusDays(20)))
        .hasMessage("consent.expires.beforeGiven");
    var consent = give(RecipientType.GP, null, null);
    assertThatThrownBy(() -> consent.withdraw(TODAY.plusDays(1), null, "p", TODAY))
        .hasMessageContaining(".future");
  }
}
