package org.stepwise.correspondence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.correspondence.internal.Feedback;
import org.stepwise.correspondence.internal.Letter;
import org.stepwise.correspondence.internal.LetterBook;
import org.stepwise.correspondence.internal.LetterRepository;
import org.stepwise.correspondence.internal.MailGateway;
import org.stepwise.referral.ReferralId;

/**
 * Letters and emails as practitioners and managers see them: on a referral, one at a time (with its
 * PDF), the outbox, and the print batch. Reads are logged.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Letters {

  private final LetterRepository letters;
  private final LetterBook book;
  private final Feedback feedback;
  private final MailGateway gateway;
  private final AuditLog auditLog;
  private final Clock clock;
  private final org.stepwise.referral.Referrals referrals;

  Letters(
      LetterRepository letters,
      LetterBook book,
      Feedback feedback,
      MailGateway gateway,
      AuditLog auditLog,
      Clock clock,
      org.stepwise.referral.Referrals referrals) {
    this.referrals = referrals;
    this.letters = letters;
    this.book = book;
    this.feedback = feedback;
    this.gateway = gateway;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Every letter about a referral, oldest first, for someone who may work on the referral.
   *
   * @throws org.stepwise.site.OutsideYourTeams when they may see it only by breaking the glass
   */
  @Transactional
  public List<LetterView> forReferral(ReferralId referralId) {
    referrals.checkAccess(referralId);
    var found = letters.findByReferral(referralId.id());
    if (!found.isEmpty()) {
      auditLog.recordAbout(
          AuditAction.READ, "letters", referralId.id(), people(found), "referral's letters");
    }
    return found.stream().map(book::view).toList();
  }

  private static List<java.util.UUID> people(List<Letter> shown) {
    return shown.stream()
        .map(Letter::personId)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  /** One letter, as it was sent. */
  @Transactional
  public Optional<LetterView> find(LetterId id) {
    var letter = letters.findById(id.id());
    letter.ifPresent(
        l -> {
          checkReferralOf(l);
          auditLog.recordAbout(AuditAction.READ, "letter", id.id(), people(List.of(l)), null);
        });
    return letter.map(book::view);
  }

  /** One letter as an A4 PDF, rendered from its template version and inputs. */
  @Transactional
  public Optional<byte[]> pdf(LetterId id) {
    var letter = letters.findById(id.id());
    letter.ifPresent(
        l -> {
          checkReferralOf(l);
          auditLog.recordAbout(AuditAction.READ, "letter", id.id(), people(List.of(l)), "PDF");
        });
    return letter.map(l -> book.pdf(List.of(l)));
  }

  /** Letters about a referral need access to it; managers' outbox letters may have none. */
  private void checkReferralOf(Letter letter) {
    if (letter.referralId() != null) {
      referrals.checkAccess(new ReferralId(letter.referralId()));
    }
  }

  /**
   * Tries held letters about a referral again, after consent or contact details changed. Those
   * still not allowed stay held with the latest reason.
   *
   * @return how many were released
   */
  @Transactional
  public int retryHeld(ReferralId referralId) {
    referrals.checkAccess(referralId);
    int released = 0;
    for (var letter : letters.findByReferral(referralId.id())) {
      if (letter.status() != LetterStatus.HELD) {
        continue;
      }
      String reason = feedback.blockedNow(letter);
      if (reason == null) {
        letter.release(clock.instant());
        released++;
      } else {
        letter.stillHeld(reason);
      }
      letters.save(letter);
      auditLog.record(
          AuditAction.UPDATE, "letter", letter.letterId().id(), "retried: " + letter.status());
    }
    return released;
  }

  /** The latest letters of every kind, newest first, for managers. */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public List<LetterView> outbox() {
    var found = letters.findRecent();
    auditLog.recordAbout(
        AuditAction.READ, "outbox", null, people(found), "viewed " + found.size() + " letters");
    return found.stream().map(book::view).toList();
  }

  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public List<LetterView> withStatus(LetterStatus status) {
    var found = letters.findByStatus(status.name());
    auditLog.recordAbout(
        AuditAction.READ,
        "outbox",
        null,
        people(found),
        "viewed " + found.size() + " letters " + status.name());
    return found.stream().map(book::view).toList();
  }

  /** Whether emails really leave the machine (false in demo mode). */
  public boolean emailConnected() {
    return gateway.connected();
  }

  /** A manager sends a failed email again. */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public void retryFailed(LetterId id) {
    var letter = letters.findById(id.id()).orElseThrow();
    letter.retry(clock.instant());
    letters.save(letter);
    auditLog.record(AuditAction.UPDATE, "letter", id.id(), "retry email");
  }

  /**
   * The letters waiting to be posted, as one PDF, checked against consent again first: any that may
   * no longer go are held and left out.
   *
   * @return the PDF and the letters in it, or empty when there are none
   */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public Optional<PrintBatch> printBatch() {
    var batch = new ArrayList<Letter>();
    for (var letter : letters.findByStatus(LetterStatus.AWAITING_POST.name())) {
      String reason = feedback.blockedNow(letter);
      if (reason != null) {
        letter.hold(reason);
        letters.save(letter);
      } else {
        batch.add(letter);
      }
    }
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    batch.forEach(
        l -> auditLog.record(AuditAction.READ, "letter", l.letterId().id(), "print batch"));
    return Optional.of(
        new PrintBatch(book.pdf(batch), batch.stream().map(Letter::letterId).toList()));
  }

  /** Marks the given letters posted (those still waiting to be posted). */
  @PreAuthorize("hasRole('MANAGER')")
  @Transactional
  public int markPosted(List<LetterId> ids) {
    int posted = 0;
    for (var id : ids) {
      var letter = letters.findById(id.id()).orElse(null);
      if (letter != null && letter.status() == LetterStatus.AWAITING_POST) {
        letter.posted(clock.instant());
        letters.save(letter);
        auditLog.record(AuditAction.UPDATE, "letter", id.id(), "posted");
        posted++;
      }
    }
    return posted;
  }

  /** A PDF of letters to post, and which letters it holds. */
  public record PrintBatch(byte[] pdf, List<LetterId> letters) {}
}
