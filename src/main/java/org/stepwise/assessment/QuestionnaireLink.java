package org.stepwise.assessment;

import java.time.Instant;

/**
 * A link sent to the person to complete a questionnaire online.
 *
 * @param token the secret part of the link; only known when the link is made (the database keeps a
 *     hash)
 */
public record QuestionnaireLink(
    QuestionnaireLinkId id,
    String code,
    String name,
    String token,
    Instant expiresAt,
    Instant sentAt,
    String sentBy,
    Status status) {

  /** Where the link stands, with the colour of its tag. */
  public enum Status {
    WAITING("Waiting", "blue"),
    RETURNED("Returned", "green"),
    EXPIRED("Expired", "grey"),
    CANCELLED("Cancelled", "grey");

    private final String label;
    private final String colour;

    Status(String label, String colour) {
      this.label = label;
      this.colour = colour;
    }

    public String label() {
      return label;
    }

    /** The GOV.UK tag colour it is shown in. */
    public String colour() {
      return colour;
    }
  }

  /** Whether it still opens, so it can be cancelled. */
  public boolean waiting() {
    return status == Status.WAITING;
  }

  /** The path the person opens. */
  public String path() {
    return "/questionnaire/" + token;
  }
}
