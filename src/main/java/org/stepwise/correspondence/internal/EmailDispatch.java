package org.stepwise.correspondence.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued emails. Each letter is first claimed in its own committed transaction (so no other
 * node takes it), then handed to SMTP, then marked sent. A failure waits longer before each new
 * attempt and, after {@link Letter#MAX_ATTEMPTS}, is marked failed for a manager. If the
 * application stops between handing over and marking sent, the claim runs out and the email is
 * tried again with the same Message-ID.
 */
@Component
public class EmailDispatch {

  private static final Logger log = LoggerFactory.getLogger(EmailDispatch.class);
  static final Duration LEASE = Duration.ofMinutes(2);

  private final LetterRepository letters;
  private final LetterBook book;
  private final Feedback feedback;
  private final MailGateway gateway;
  private final TransactionTemplate transactions;
  private final Clock clock;

  EmailDispatch(
      LetterRepository letters,
      LetterBook book,
      Feedback feedback,
      MailGateway gateway,
      TransactionTemplate transactions,
      Clock clock) {
    this.letters = letters;
    this.book = book;
    this.feedback = feedback;
    this.gateway = gateway;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${stepwise.mail.poll-interval:PT10S}", initialDelayString = "PT5S")
  public void sendDue() {
    while (sendBatch(20) == 20) {
      log.debug("More emails due; sending the next batch");
    }
  }

  /** Claims up to {@code limit} due emails and tries each once. Returns how many it claimed. */
  public int sendBatch(int limit) {
    List<UUID> claimed =
        transactions.execute(
            status -> {
              var now = clock.instant();
              var due = letters.lockDue(now, limit);
              due.forEach(letter -> letter.claim(now, LEASE));
              letters.saveAll(due);
              return due.stream().map(letter -> letter.letterId().id()).toList();
            });
    for (UUID id : claimed) {
      sendOne(id);
    }
    return claimed.size();
  }

  private void sendOne(UUID id) {
    var letter = letters.findById(id).orElseThrow();
    String blocked = transactions.execute(status -> feedback.blockedNow(letter));
    if (blocked != null) {
      transactions.executeWithoutResult(
          status -> {
            var held = letters.findById(id).orElseThrow();
            held.hold(blocked);
            letters.save(held);
          });
      return;
    }
    LetterBook.Email email;
    try {
      email = book.email(letter);
    } catch (RuntimeException e) {
      log.warn("Email for letter {} could not be made from the letter", id, e);
      failed(id, SendFailure.NOT_MADE);
      return;
    }
    try {
      gateway.send(
          id.toString(), letter.recipientEmail(), email.subject(), email.text(), email.html());
    } catch (Exception e) {
      var failure = SendFailure.of(e);
      // The mail library's words (server replies, addresses) are for the log, not the outbox.
      log.warn("Email for letter {} failed ({}): {}", id, failure, detail(e));
      failed(id, failure);
      return;
    }
    try {
      transactions.executeWithoutResult(
          status -> {
            var sent = letters.findById(id).orElseThrow();
            sent.sent(clock.instant());
            letters.save(sent);
          });
    } catch (RuntimeException e) {
      // Handed over but not marked: the claim runs out and it is tried again, same Message-ID.
      log.warn("Email for letter {} was handed over but not marked sent", id, e);
    }
  }

  private void failed(UUID id, SendFailure failure) {
    transactions.executeWithoutResult(
        status -> {
          var failed = letters.findById(id).orElseThrow();
          failed.attemptFailed(failure.reason(), clock.instant());
          letters.save(failed);
        });
  }

  /** The exception and its causes, one line. */
  private static String detail(Throwable e) {
    var text = new StringBuilder(e.toString());
    int depth = 0;
    for (Throwable t = e.getCause(); t != null && depth++ < 10; t = t.getCause()) {
      text.append(" <- ").append(t);
    }
    return text.toString();
  }
}
