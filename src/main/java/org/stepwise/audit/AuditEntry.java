package org.stepwise.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the access log.
 *
 * @param recordId null for reads of a list rather than one record
 * @param detail short description without personal data, may be null
 * @param personIds the people whose data the access showed (empty when none, or not known)
 * @param reason the reason given for a break-glass access, otherwise null
 */
public record AuditEntry(
    UUID id,
    Instant occurredAt,
    String actor,
    String actorRoles,
    AuditAction action,
    String recordType,
    UUID recordId,
    String detail,
    java.util.List<UUID> personIds,
    String reason) {

  /** True for a break-glass access: the action itself, or any entry that carries a reason. */
  public boolean breakGlass() {
    return action == AuditAction.BREAK_GLASS || reason != null;
  }

  /** The roles held at the time, in words: "manager, practitioner"; "" when none were recorded. */
  public String rolesInWords() {
    if (actorRoles == null || actorRoles.isBlank()) {
      return "";
    }
    return java.util.Arrays.stream(actorRoles.split(","))
        .map(role -> role.trim().toLowerCase(java.util.Locale.UK).replace('_', ' '))
        .filter(role -> !role.isEmpty())
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
