package org.stepwise.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.assessment.QuestionnaireLink.Status;
import org.stepwise.site.ChangeRefused;

/** A questionnaire link opens until it is returned once, cancelled or run out. */
class QuestionnaireRequestTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private static QuestionnaireRequest.Made made() {
    return QuestionnaireRequest.make(
        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "GAD-7", NOW);
  }

  @Test
  void aLinkKeepsOnlyTheHashOfItsSecretAndRunsOutAfterFourteenDays() {
    var made = made();
    assertThat(made.token()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(QuestionnaireRequest.hash(made.token())).hasSize(64).isNotEqualTo(made.token());
    var link = made.request();
    assertThat(link.status(NOW)).isEqualTo(Status.WAITING);
    assertThat(link.status(NOW.plus(Duration.ofDays(14)).minusSeconds(1)))
        .isEqualTo(Status.WAITING);
    assertThat(link.status(NOW.plus(Duration.ofDays(14)))).isEqualTo(Status.EXPIRED);
    assertThatThrownBy(() -> link.returned(UUID.randomUUID(), NOW.plus(Duration.ofDays(15))))
        .isInstanceOf(ChangeRefused.class)
        .hasMessage("questionnaire.link.notOpen");
  }

  @Test
  void aLinkIsReturnedOnceAndThenCannotBeCancelled() {
    var link = made().request();
    link.returned(UUID.randomUUID(), NOW);
    assertThat(link.status(NOW)).isEqualTo(Status.RETURNED);
    assertThatThrownBy(() -> link.returned(UUID.randomUUID(), NOW))
        .isInstanceOf(ChangeRefused.class);
    assertThatThrownBy(() -> link.cancel(NOW)).isInstanceOf(ChangeRefused.class);
    assertThat(link.caseClosed(NOW)).isFalse();
  }

  @Test
  void aCancelledLinkIsNotCancelledAgainNorReturned() {
    var link = made().request();
    link.cancel(NOW);
    assertThat(link.status(NOW)).isEqualTo(Status.CANCELLED);
    assertThatThrownBy(() -> link.cancel(NOW)).isInstanceOf(ChangeRefused.class);
    assertThatThrownBy(() -> link.returned(UUID.randomUUID(), NOW))
        .isInstanceOf(ChangeRefused.class);
    assertThat(link.caseClosed(NOW)).isFalse();

    var runOut = made().request();
    assertThat(runOut.caseClosed(NOW.plus(Duration.ofDays(20)))).isTrue();
    assertThat(runOut.status(NOW.plus(Duration.ofDays(20)))).isEqualTo(Status.CANCELLED);
  }
}
