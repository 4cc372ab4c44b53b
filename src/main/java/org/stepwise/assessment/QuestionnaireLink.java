package org.stepwise.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A link sent to the person to complete a questionnaire online.
 *
 * @param token the secret part of the link; only known when the link is made (the database keeps a
 *     hash)
 */
public record QuestionnaireLink(
    UUID id,
    String code,
    String name,
    String token,
    Instant expiresAt,
    Instant sentAt,
    String sentBy,
    Status status) {

  /** Where the link stands. */
  public enum Status {
    WAITING("Waiting"),
    RETURNED("Returned"),
    EXPIRED("Expired"),
    CANCELLED("Cancelled");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The path the person opens. */
  public String path() {
    return "/questionnaire/" + token;
  }
}
