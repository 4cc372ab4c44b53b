package org.stepwise.caseload.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One worker's time on a case. */
@Table("case_assignment")
public record Assignment(
    String worker,
    Instant fromAt,
    Instant toAt,
    String reason,
    String handoverNote,
    Instant acknowledgedAt,
    String overLimitReason,
    String assignedBy) {

  Assignment ended(Instant at) {
    return new Assignment(
        worker, fromAt, at, reason, handoverNote, acknowledgedAt, overLimitReason, assignedBy);
  }

  Assignment acknowledged(Instant at) {
    return new Assignment(
        worker, fromAt, toAt, reason, handoverNote, at, overLimitReason, assignedBy);
  }
}
