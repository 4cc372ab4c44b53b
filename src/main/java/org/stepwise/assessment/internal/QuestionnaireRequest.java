package org.stepwise.assessment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.assessment.QuestionnaireLink;
import org.stepwise.site.ChangeRefused;

/**
 * A link sent to the person to complete one questionnaire online: it opens until it is returned
 * (once), cancelled, or {@link #LIFE} has passed. Only a hash of its secret is kept; the secret
 * itself is in the link the practitioner passes on.
 */
@Table("questionnaire_request")
public class QuestionnaireRequest {

  /** How long a link stays open. */
  public static final Duration LIFE = Duration.ofDays(14);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID personId;
  private final UUID careCaseId;
  private final UUID referralId;
  private final String code;
  private final String tokenHash;
  private final Instant expiresAt;
  private UUID responseId;
  private Instant cancelledAt;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  QuestionnaireRequest(
      UUID id,
      UUID organisationId,
      UUID personId,
      UUID careCaseId,
      UUID referralId,
      String code,
      String tokenHash,
      Instant expiresAt) {
    this.id = id;
    this.organisationId = organisationId;
    this.personId = personId;
    this.careCaseId = careCaseId;
    this.referralId = referralId;
    this.code = code;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }

  /** A new link and its secret, which is known only now. */
  public record Made(QuestionnaireRequest request, String token) {}

  /** Makes a link to a questionnaire for the person on a case, open for {@link #LIFE}. */
  public static Made make(UUID caseId, UUID referralId, UUID personId, String code, Instant now) {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var request =
        new QuestionnaireRequest(
            UUID.randomUUID(),
            null,
            personId,
            caseId,
            referralId,
            code,
            hash(token),
            now.plus(LIFE));
    return new Made(request, token);
  }

  /** Where the link stands at a moment. */
  public QuestionnaireLink.Status status(Instant now) {
    if (responseId != null) {
      return QuestionnaireLink.Status.RETURNED;
    }
    if (cancelledAt != null) {
      return QuestionnaireLink.Status.CANCELLED;
    }
    return expiresAt.isAfter(now)
        ? QuestionnaireLink.Status.WAITING
        : QuestionnaireLink.Status.EXPIRED;
  }

  /** Whether the link still opens. */
  public boolean isWaiting(Instant now) {
    return status(now) == QuestionnaireLink.Status.WAITING;
  }

  /**
   * Stops the link opening.
   *
   * @throws ChangeRefused when it has already been returned or cancelled
   */
  public void cancel(Instant now) {
    if (responseId != null || cancelledAt != null) {
      throw new ChangeRefused("questionnaire.link.notOpen");
    }
    cancelledAt = now;
  }

  /**
   * The case closed: a link still open stops opening (answers sent afterwards would reach no one).
   *
   * @return whether it was open and is now cancelled
   */
  public boolean caseClosed(Instant now) {
    if (responseId != null || cancelledAt != null) {
      return false;
    }
    cancelledAt = now;
    return true;
  }

  /**
   * The person sent their answers: the link is used up.
   *
   * @throws ChangeRefused when it no longer opens (returned, cancelled or expired)
   */
  public void returned(UUID response, Instant now) {
    if (!isWaiting(now)) {
      throw new ChangeRefused("questionnaire.link.notOpen");
    }
    responseId = response;
  }

  /** The hash kept of a link's secret. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public UUID caseId() {
    return careCaseId;
  }

  public UUID referralId() {
    return referralId;
  }

  public String code() {
    return code;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public UUID responseId() {
    return responseId;
  }
}
