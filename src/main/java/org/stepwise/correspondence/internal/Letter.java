package org.stepwise.correspondence.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.correspondence.Audience;
import org.stepwise.correspondence.Channel;
import org.stepwise.correspondence.LetterId;
import org.stepwise.correspondence.LetterStatus;

/**
 * One letter or email. It keeps the template version and the exact inputs it was rendered from, so
 * it can always be shown again exactly as sent.
 */
@Table("letter")
public class Letter {

  /** Email attempts before a letter is marked failed for a manager to look at. */
  public static final int MAX_ATTEMPTS = 6;

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID personId;
  private final UUID referralId;
  private final String templateKey;
  private final UUID templateVersionId;
  private final Audience audience;
  private final String recipientName;
  private final String recipientEmail;
  private final String recipientAddress;
  private final Channel channel;
  private LetterStatus status;
  private String heldReason;
  private final String inputs;
  private final String subject;
  private final String idempotencyKey;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant leaseUntil;
  private String lastError;
  private Instant sentAt;
  private Instant postedAt;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Letter(
      UUID id,
      UUID organisationId,
      UUID personId,
      UUID referralId,
      String templateKey,
      UUID templateVersionId,
      Audience audience,
      String recipientName,
      String recipientEmail,
      String recipientAddress,
      Channel channel,
      LetterStatus status,
      String heldReason,
      String inputs,
      String subject,
      String idempotencyKey) {
    this.id = id;
    this.organisationId = organisationId;
    this.personId = personId;
    this.referralId = referralId;
    this.templateKey = templateKey;
    this.templateVersionId = templateVersionId;
    this.audience = audience;
    this.recipientName = recipientName;
    this.recipientEmail = recipientEmail;
    this.recipientAddress = recipientAddress;
    this.channel = channel;
    this.status = status;
    this.heldReason = heldReason;
    this.inputs = inputs;
    this.subject = subject;
    this.idempotencyKey = idempotencyKey;
  }

  /** What a new letter is made of. */
  public record Draft(
      UUID personId,
      UUID referralId,
      String templateKey,
      UUID templateVersionId,
      Audience audience,
      String recipientName,
      String recipientEmail,
      String recipientAddress,
      Channel channel,
      String inputs,
      String subject,
      String idempotencyKey) {}

  /** A letter ready to go: queued for email, or waiting to be posted. */
  public static Letter ready(Draft draft, Instant now) {
    var letter =
        create(
            draft,
            draft.channel() == Channel.EMAIL ? LetterStatus.QUEUED : LetterStatus.AWAITING_POST,
            null);
    letter.nextAttemptAt = draft.channel() == Channel.EMAIL ? now : null;
    return letter;
  }

  /** A letter that may not go yet; the reason is for the practitioner. */
  public static Letter held(Draft draft, String reason) {
    return create(draft, LetterStatus.HELD, reason);
  }

  private static Letter create(Draft d, LetterStatus status, String reason) {
    return new Letter(
        UUID.randomUUID(),
        null,
        d.personId(),
        d.referralId(),
        d.templateKey(),
        d.templateVersionId(),
        d.audience(),
        d.recipientName(),
        d.recipientEmail(),
        d.recipientAddress(),
        d.channel(),
        status,
        reason,
        d.inputs(),
        d.subject(),
        d.idempotencyKey());
  }

  /** Releases a held letter once consent and contact details allow it. */
  public void release(Instant now) {
    if (status != LetterStatus.HELD) {
      throw new IllegalStateException("Only a held letter can be released");
    }
    heldReason = null;
    status = channel == Channel.EMAIL ? LetterStatus.QUEUED : LetterStatus.AWAITING_POST;
    nextAttemptAt = channel == Channel.EMAIL ? now : null;
  }

  /** Keeps a held letter held, with the latest reason. */
  public void stillHeld(String reason) {
    if (status != LetterStatus.HELD) {
      throw new IllegalStateException("Only a held letter can stay held");
    }
    heldReason = reason;
  }

  /** Holds a letter that may not go now (checked again just before sending or printing). */
  public void hold(String reason) {
    if (!(status == LetterStatus.QUEUED
        || status == LetterStatus.SENDING
        || status == LetterStatus.AWAITING_POST
        || status == LetterStatus.HELD)) {
      throw new IllegalStateException("This letter cannot be held now");
    }
    status = LetterStatus.HELD;
    heldReason = reason;
    leaseUntil = null;
    nextAttemptAt = null;
  }

  /** True when the recipient can be reached by the letter's channel. */
  public boolean reachable() {
    return channel == Channel.EMAIL
        ? recipientEmail != null && !recipientEmail.isBlank()
        : recipientAddress != null && !recipientAddress.isBlank();
  }

  /** Stops a letter that has not gone, e.g. because consent was withdrawn. */
  public void cancel(String reason) {
    if (status == LetterStatus.SENT
        || status == LetterStatus.POSTED
        || status == LetterStatus.SENDING) {
      throw new IllegalStateException("This letter has already gone");
    }
    status = LetterStatus.CANCELLED;
    heldReason = reason;
  }

  /** Claims the letter for one sending attempt, until the lease runs out. */
  public void claim(Instant now, Duration lease) {
    if (!(status == LetterStatus.QUEUED
        || status == LetterStatus.SENDING && leaseUntil.isBefore(now))) {
      throw new IllegalStateException("Not due for sending");
    }
    status = LetterStatus.SENDING;
    attempts++;
    leaseUntil = now.plus(lease);
  }

  public void sent(Instant now) {
    status = LetterStatus.SENT;
    sentAt = now;
    leaseUntil = null;
    nextAttemptAt = null;
    lastError = null;
  }

  /** An attempt failed: try again later, waiting longer each time, or give up. */
  public void attemptFailed(String error, Instant now) {
    lastError = error;
    leaseUntil = null;
    if (attempts >= MAX_ATTEMPTS) {
      status = LetterStatus.FAILED;
      nextAttemptAt = null;
    } else {
      status = LetterStatus.QUEUED;
      nextAttemptAt = now.plus(Duration.ofMinutes((long) Math.pow(4, attempts - 1)));
    }
  }

  /** A manager tries a failed letter again. */
  public void retry(Instant now) {
    if (status != LetterStatus.FAILED) {
      throw new IllegalStateException("Only a failed letter can be tried again");
    }
    status = LetterStatus.QUEUED;
    attempts = 0;
    nextAttemptAt = now;
  }

  public void posted(Instant now) {
    if (status != LetterStatus.AWAITING_POST) {
      throw new IllegalStateException("Only a letter waiting to be posted can be marked posted");
    }
    status = LetterStatus.POSTED;
    postedAt = now;
  }

  public LetterId letterId() {
    return new LetterId(id);
  }

  public UUID personId() {
    return personId;
  }

  public UUID referralId() {
    return referralId;
  }

  public String templateKey() {
    return templateKey;
  }

  public UUID templateVersionId() {
    return templateVersionId;
  }

  public Audience audience() {
    return audience;
  }

  public String recipientName() {
    return recipientName;
  }

  public String recipientEmail() {
    return recipientEmail;
  }

  public String recipientAddress() {
    return recipientAddress;
  }

  public Channel channel() {
    return channel;
  }

  public LetterStatus status() {
    return status;
  }

  public String heldReason() {
    return heldReason;
  }

  public String inputs() {
    return inputs;
  }

  public String subject() {
    return subject;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant postedAt() {
    return postedAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }
}
