package org.stepwise.consent;

import java.time.Instant;
import java.time.LocalDate;
import org.stepwise.person.PersonId;

/** One consent and where it stands today. */
public record ConsentView(
    ConsentId id,
    PersonId personId,
    RecipientType recipientType,
    String recipientName,
    Purpose purpose,
    LocalDate givenOn,
    ConsentMethod method,
    LocalDate expiresOn,
    String note,
    String recordedBy,
    Instant recordedAt,
    LocalDate withdrawnOn,
    String withdrawalReason,
    String withdrawalRecordedBy,
    ConsentState state) {

  /** "Their GP" or "Jo Bloggs (a named contact at their employer)". */
  public String recipient() {
    return recipientName == null
        ? recipientType.label()
        : recipientName + " (" + recipientType.label().toLowerCase(java.util.Locale.UK) + ")";
  }
}
