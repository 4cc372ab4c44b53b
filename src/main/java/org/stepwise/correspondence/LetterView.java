package org.stepwise.correspondence;

import java.time.Instant;
import java.util.List;
import org.stepwise.person.PersonId;
import org.stepwise.referral.ReferralId;

/**
 * A letter as practitioners and managers see it.
 *
 * @param referralId the referral it is about, or null
 * @param heldReason why it was not sent, when held
 * @param paragraphs the body as rendered from its template version and inputs
 */
public record LetterView(
    LetterId id,
    PersonId personId,
    ReferralId referralId,
    String templateKey,
    String templateName,
    int templateVersion,
    Audience audience,
    String recipientName,
    String recipientEmail,
    List<String> recipientAddress,
    Channel channel,
    LetterStatus status,
    String heldReason,
    String subject,
    List<String> paragraphs,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    Instant postedAt) {}
