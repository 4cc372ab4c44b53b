package org.stepwise.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import org.stepwise.site.Dates;

/**
 * What to show of the access log. Null parts match everything. The person parts (an id, an NHS
 * number, a last name with a date of birth and perhaps a first name) narrow to the people all the
 * given parts find, and then to the entries that showed any of them.
 *
 * @param nhsNumber ten digits, no spaces
 * @param givenName only with {@code familyName}
 * @param familyName only with {@code bornOn}
 * @param actor the username, matched ignoring case
 * @param from the first day, in London
 * @param to the last day, in London
 * @param breakGlassOnly only break-glass entries
 */
public record AccessLogQuery(
    UUID personId,
    String nhsNumber,
    String givenName,
    String familyName,
    LocalDate bornOn,
    String actor,
    AuditAction action,
    String recordType,
    LocalDate from,
    LocalDate to,
    boolean breakGlassOnly) {

  /** The whole log. */
  public static AccessLogQuery everything() {
    return new AccessLogQuery(null, null, null, null, null, null, null, null, null, null, false);
  }

  /** True when any person part is given. */
  public boolean byPerson() {
    return personId != null || nhsNumber != null || familyName != null;
  }

  /** The first instant shown: midnight in London at the start of {@code from}, or null. */
  public Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(Dates.LONDON).toInstant();
  }

  /** The first instant not shown: midnight in London after {@code to}, or null. */
  public Instant untilInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(Dates.LONDON).toInstant();
  }

  /**
   * The filters in words for the log's own entry: which kinds of person filter were used (never the
   * NHS number, name or date of birth typed; the people found are the entry's people), the user,
   * action, record type, dates and break-glass.
   */
  public String describe() {
    var parts = new ArrayList<String>();
    if (personId != null) {
      parts.add("person by id");
    }
    if (nhsNumber != null) {
      parts.add("person by NHS number");
    }
    if (familyName != null) {
      parts.add("person by name and date of birth");
    }
    if (actor != null) {
      parts.add("user " + actor);
    }
    if (action != null) {
      parts.add("action " + action.name());
    }
    if (recordType != null) {
      parts.add("record type " + recordType);
    }
    if (from != null) {
      parts.add("from " + from);
    }
    if (to != null) {
      parts.add("to " + to);
    }
    if (breakGlassOnly) {
      parts.add("break-glass only");
    }
    return parts.isEmpty() ? "no filters" : String.join("; ", parts);
  }
}
