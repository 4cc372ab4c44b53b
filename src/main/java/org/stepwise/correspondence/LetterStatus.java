package org.stepwise.correspondence;

/** Where a letter has got to. */
public enum LetterStatus {
  /** Not sent: consent or contact details are missing. The reason says which. */
  HELD("Held back"),
  QUEUED("Waiting to be emailed"),
  SENDING("Being emailed"),
  SENT("Emailed"),
  /** Every attempt to email it failed; a manager sees it on the outbox. */
  FAILED("Could not be emailed"),
  AWAITING_POST("Waiting to be posted"),
  POSTED("Posted"),
  /** Not needed any more, e.g. its consent was withdrawn before it was sent. */
  CANCELLED("Cancelled");

  private final String label;

  LetterStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The colour of its status tag: green when it went, red when it needs someone, else blue. */
  public String colour() {
    return switch (this) {
      case SENT, POSTED -> "green";
      case HELD, FAILED -> "red";
      default -> "blue";
    };
  }
}
