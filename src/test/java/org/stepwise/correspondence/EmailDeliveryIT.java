package org.stepwise.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.TestData;
import org.stepwise.correspondence.internal.EmailDispatch;
import org.stepwise.correspondence.internal.LetterBook;

/**
 * Email through a real SMTP server (GreenMail, in this JVM): each letter is delivered once, even
 * when the application stopped after queuing it, when two senders run at once, or when a sender
 * stopped after claiming it; failures are retried and finally shown to a manager.
 */
@StepwiseIntegrationTest
@TestPropertySource(
    properties = {
      "spring.mail.host=localhost",
      "spring.mail.port=3025",
      "stepwise.mail.poll-interval=PT1H"
    })
class EmailDeliveryIT {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP)
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired LetterBook book;
  @Autowired EmailDispatch dispatch;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  /** A letter queued and committed, as the business change leaves it. */
  private UUID queued(String to) {
    var person = UUID.randomUUID();
    return transactions.execute(
        status ->
            book.make(
                    "test:" + UUID.randomUUID(),
                    person,
                    null,
                    "welcome",
                    new LetterBook.Recipient(
                        "Pat Example", to, List.of(), org.stepwise.correspondence.Channel.EMAIL),
                    Map.of(
                        "personFirstName",
                        "Pat",
                        "serviceName",
                        "Test service",
                        "reference",
                        "SW-TEST-0001"),
                    null)
                .letterId()
                .id());
  }

  private String status(UUID id) {
    return jdbc.sql("select status from letter where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private long received(String to) {
    return java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(to);
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .count();
  }

  @Test
  void aLetterQueuedBeforeAStopIsSentOnceAfterwards() throws Exception {
    String to = "once-" + UUID.randomUUID() + "@example.com";
    var id = queued(to);
    assertThat(status(id)).isEqualTo("QUEUED");

    dispatch.sendBatch(50);
    dispatch.sendBatch(50);

    assertThat(received(to)).isEqualTo(1);
    assertThat(status(id)).isEqualTo("SENT");
    var message =
        java.util.Arrays.stream(smtp.getReceivedMessages())
            .filter(
                m -> {
                  try {
                    return m.getAllRecipients()[0].toString().equals(to);
                  } catch (Exception e) {
                    return false;
                  }
                })
            .findFirst()
            .orElseThrow();
    assertThat(message.getSubject()).isEqualTo("Welcome to Test service");
    assertThat(message.getMessageID()).isEqualTo("<" + id + "@stepwise>");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(message))
        .contains("Taking part is your choice");
  }

  @Test
  void twoSendersAtOnceSendEachLetterOnce() throws Exception {
    String to = "race-" + UUID.randomUUID() + "@example.com";
    for (int i = 0; i < 5; i++) {
      queued(to);
    }
    try (var pool = Executors.newFixedThreadPool(2)) {
      var a = pool.submit(() -> dispatch.sendBatch(50));
      var b = pool.submit(() -> dispatch.sendBatch(50));
      a.get();
      b.get();
    }
    dispatch.sendBatch(50);
    assertThat(received(to)).isEqualTo(5);
  }

  @Test
  void aLetterWhoseSenderStoppedAfterClaimingItIsSentWhenTheClaimRunsOut() {
    String to = "claimed-" + UUID.randomUUID() + "@example.com";
    var id = queued(to);
    jdbc.sql(
            "update letter set status = 'SENDING', attempts = 1, lease_until = :past where id = :id")
        .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
        .param("id", id)
        .update();

    dispatch.sendBatch(50);

    assertThat(received(to)).isEqualTo(1);
    assertThat(status(id)).isEqualTo("SENT");
  }

  @Test
  void aLetterStillClaimedByAnotherSenderIsLeftAlone() {
    String to = "busy-" + UUID.randomUUID() + "@example.com";
    var id = queued(to);
    jdbc.sql(
            "update letter set status = 'SENDING', attempts = 1, lease_until = :future where id = :id")
        .param("future", java.sql.Timestamp.from(Instant.now().plusSeconds(60)))
        .param("id", id)
        .update();
    dispatch.sendBatch(50);
    assertThat(received(to)).isZero();
    assertThat(status(id)).isEqualTo("SENDING");
  }

  @Test
  void whenSendingFailsTheLetterIsTriedLaterWithBackOffAndFinallyMarkedFailed() throws Exception {
    var id = queued("not an address");
    dispatch.sendBatch(50);
    var row =
        jdbc.sql(
                "select status, attempts, next_attempt_at > now() as later, last_error from letter where id = :id")
            .param("id", id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("status", "QUEUED")
        .containsEntry("attempts", 1)
        .containsEntry("later", true);
    // Plain words for the manager; the mail library's text is in the log.
    assertThat((String) row.get("last_error"))
        .startsWith("The ")
        .doesNotContain("Exception")
        .doesNotContain("not an address");

    for (int attempt = 2; attempt <= 6; attempt++) {
      jdbc.sql("update letter set next_attempt_at = now() - interval '1 second' where id = :id")
          .param("id", id)
          .update();
      dispatch.sendBatch(50);
    }
    assertThat(status(id)).isEqualTo("FAILED");
    var failed = TestData.as("manager", () -> letters.withStatus(LetterStatus.FAILED), "MANAGER");
    assertThat(failed).anySatisfy(l -> assertThat(l.id().id()).isEqualTo(id));
  }

  @Autowired Letters letters;
}
