package org.stepwise.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the access log, and reads one record's entries. Rows are only ever inserted: the database
 * refuses to update, delete or truncate them (migration {@code audit/V3}). Pages of the whole log
 * are read through {@link AccessLog}.
 */
@Service
public class AuditLog {

  /** The most entries {@link #forRecord(String, UUID)} answers. */
  public static final int FOR_RECORD_LIMIT = 1000;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records an access by the signed-in user ("public" for a web request with nobody signed in,
   * "system" for work the application does by itself). Must be called inside the caller's
   * transaction, so that the log row commits with the change it describes.
   *
   * @param recordId may be null for a list
   * @param detail must not contain personal data; may be null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditAction action, String recordType, UUID recordId, String detail) {
    recordAbout(action, recordType, recordId, List.of(), detail);
  }

  /**
   * Records an access that showed these people's data: one person for a record, every person on the
   * page for a list. Must be called inside the caller's transaction.
   *
   * @param recordId may be null for a list
   * @param personIds the people shown (may be empty)
   * @param detail must not contain personal data; may be null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAbout(
      AuditAction action,
      String recordType,
      UUID recordId,
      java.util.Collection<UUID> personIds,
      String detail) {
    write(action, recordType, recordId, personIds, detail, null);
  }

  /**
   * Records that the signed-in user broke the glass to open a record outside their teams, with
   * their reason. Must be called inside the caller's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordBreakGlass(String recordType, UUID recordId, UUID personId, String reason) {
    write(
        AuditAction.BREAK_GLASS,
        recordType,
        recordId,
        personId == null ? List.of() : List.of(personId),
        null,
        reason);
  }

  private void write(
      AuditAction action,
      String recordType,
      UUID recordId,
      java.util.Collection<UUID> personIds,
      String detail,
      String reason) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof AnonymousAuthenticationToken) {
      authentication = null;
    }
    String actor =
        authentication == null ? (publicRequest() ? "public" : "system") : authentication.getName();
    String roles =
        authentication == null
            ? ""
            : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .collect(Collectors.joining(","));
    insert(actor, roles, action, recordType, recordId, personIds, detail, reason);
  }

  /**
   * Records something done by a named user who is not (or no longer) the signed-in user of this
   * request: a sign-in, a sign-out, a session ended. Its own transaction, so that a refused sign-in
   * is logged even though nothing else commits.
   *
   * @param actor the username, or "public" when the typed name matches no account
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordAs(
      String actor, AuditAction action, String recordType, UUID recordId, String detail) {
    insert(actor, "", action, recordType, recordId, List.of(), detail, null);
  }

  private void insert(
      String actor,
      String roles,
      AuditAction action,
      String recordType,
      UUID recordId,
      java.util.Collection<UUID> personIds,
      String detail,
      String reason) {
    var now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            insert into audit_event
              (id, occurred_at, actor, actor_roles, action, record_type, record_id, detail,
               person_ids, reason, created_at, created_by)
            values (:id, :at, :actor, :roles, :action, :type, :recordId, :detail,
                    :people, :reason, :at, :actor)
            """)
        .param("id", UUID.randomUUID())
        .param("at", now)
        .param("actor", actor)
        .param("roles", roles)
        .param("action", action.name())
        .param("type", recordType)
        .param("recordId", recordId)
        .param("detail", detail)
        .param(
            "people",
            personIds == null
                ? new UUID[0]
                : personIds.stream()
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toArray(UUID[]::new))
        .param("reason", reason)
        .update();
  }

  private static boolean publicRequest() {
    return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        != null;
  }

  /** The most recent entries, newest first, at most 1000. */
  @PreAuthorize("hasAnyRole('ADMIN','DATA_PROTECTION')")
  @Transactional(readOnly = true)
  public List<AuditEntry> recent(int limit) {
    return jdbc.sql("select * from audit_event order by occurred_at desc, id desc limit :limit")
        .param("limit", Math.clamp(limit, 1, 1000))
        .query(AuditLog::entry)
        .list();
  }

  /**
   * The latest entries about one record, newest first: at most {@value #FOR_RECORD_LIMIT}. The
   * access log page ({@link AccessLog}) pages through any number.
   */
  @PreAuthorize("hasAnyRole('ADMIN','DATA_PROTECTION')")
  @Transactional(readOnly = true)
  public List<AuditEntry> forRecord(String recordType, UUID recordId) {
    return forRecord(recordType, recordId, FOR_RECORD_LIMIT);
  }

  /** The latest entries about one record, newest first: from 1 to 1000 of them. */
  @PreAuthorize("hasAnyRole('ADMIN','DATA_PROTECTION')")
  @Transactional(readOnly = true)
  public List<AuditEntry> forRecord(String recordType, UUID recordId, int limit) {
    return jdbc.sql(
            "select * from audit_event where record_type = :type and record_id = :id"
                + " order by occurred_at desc, id desc limit :limit")
        .param("type", recordType)
        .param("id", recordId)
        .param("limit", Math.clamp(limit, 1, 1000))
        .query(AuditLog::entry)
        .list();
  }

  private static List<UUID> people(java.sql.Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return java.util.Arrays.stream(values).map(v -> (UUID) v).toList();
  }

  static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
    return new AuditEntry(
        row.getObject("id", UUID.class),
        row.getTimestamp("occurred_at").toInstant(),
        row.getString("actor"),
        row.getString("actor_roles"),
        AuditAction.valueOf(row.getString("action")),
        row.getString("record_type"),
        row.getObject("record_id", UUID.class),
        row.getString("detail"),
        people(row.getArray("person_ids")),
        row.getString("reason"));
  }
}
