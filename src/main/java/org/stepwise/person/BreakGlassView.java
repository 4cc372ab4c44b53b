package org.stepwise.person;

import java.time.Instant;
import java.util.UUID;

/**
 * A break-glass access as managers review it.
 *
 * @param personName the person whose records were opened
 * @param recordType what was asked for ("referral", "case", "person")
 * @param reviewedBy null until a manager has reviewed it
 */
public record BreakGlassView(
    BreakGlassId id,
    PersonId personId,
    String personName,
    String username,
    String reason,
    String recordType,
    UUID recordId,
    Instant grantedAt,
    Instant expiresAt,
    Instant reviewedAt,
    String reviewedBy) {

  public boolean reviewed() {
    return reviewedAt != null;
  }
}
