package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.ReferralAccepted;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralIntake;
import org.stepwise.referral.ReferralReview;

/**
 * What triage does when a referral is accepted, as a Spring Modulith scenario: the referral
 * module's API is the stimulus, ReferralAccepted the event, and the person's place on the triage
 * list, read through triage's own API, the state that follows.
 */
@StepwiseIntegrationTest
@EnableScenarios
class TriageEventsIT {

  @Autowired ReferralIntake intake;
  @Autowired ReferralReview review;
  @Autowired Programmes programmes;
  @Autowired Triage triage;

  private List<TriageSummary> toTriage() {
    return TestData.as("practitioner", () -> triage.toTriage(), "PRACTITIONER");
  }

  /** A new referral to the demo MS service, its review started. */
  private TestData.Referred underReview(String givenName) {
    var referred =
        TestData.referToDemoService(
            intake,
            programmes,
            "MS job retention (neurology)",
            givenName,
            Condition.MULTIPLE_SCLEROSIS,
            EmploymentStatus.EMPLOYED_AT_WORK);
    TestData.as(
        "practitioner",
        () -> {
          review.startReview(new ReferralId(referred.referral()));
          return null;
        },
        "PRACTITIONER");
    return referred;
  }

  /** Accepting the referral, as the practitioner reviewing it. */
  private ReferralId accept(ReferralId id) {
    return TestData.as(
        "practitioner",
        () -> {
          review.accept(id, Map.of());
          return id;
        },
        "PRACTITIONER");
  }

  @Test
  void anAcceptedReferralIsPutOnTheTriageList(Scenario scenario) {
    var referred = underReview("Tia");
    var id = new ReferralId(referred.referral());
    assertThat(toTriage()).noneMatch(t -> t.referralId().equals(id));

    scenario
        .stimulate(() -> accept(id))
        .andWaitForStateChange(
            this::toTriage, list -> list.stream().anyMatch(t -> t.referralId().equals(id)))
        .andVerify(
            list ->
                assertThat(list)
                    .filteredOn(t -> t.referralId().equals(id))
                    .singleElement()
                    .satisfies(
                        t -> {
                          assertThat(t.fullName()).isEqualTo(referred.fullName());
                          assertThat(t.status()).isEqualTo(TriageStatus.TO_TRIAGE);
                          assertThat(t.step()).isNull();
                        }));
  }

  @Test
  void theAcceptanceEventCarriesOnlyIds(Scenario scenario) {
    var referred = underReview("Ida");
    var id = new ReferralId(referred.referral());

    scenario
        .stimulate(() -> accept(id))
        .andWaitForEventOfType(ReferralAccepted.class)
        .matching(e -> e.referralId().equals(id))
        .toArriveAndVerify(
            event ->
                assertThat(event.toString())
                    .as("no name or other narrative about the person")
                    .doesNotContain(referred.fullName()));
  }
}
