package org.stepwise.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the access log for administrators and data protection officers: filtered by person, user,
 * action, record type, dates and break-glass, a page at a time or all of it as a download. Reading
 * the log is itself logged (record type {@value #RECORD_TYPE}), with the filters used in words and
 * the people a person filter found as the entry's people, so "who looked at Jane's access history?"
 * has an answer too.
 */
@Service
public class AccessLog {

  /** The record type of the log's own entries when someone reads it. */
  public static final String RECORD_TYPE = "audit-log";

  /** The most entries one page can hold. */
  public static final int MAX_PAGE_SIZE = 500;

  private static final String READERS = "hasAnyRole('ADMIN','DATA_PROTECTION')";

  /** Rows fetched from PostgreSQL at a time while a download is written. */
  private static final int DOWNLOAD_FETCH_SIZE = 500;

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final AuditLog auditLog;
  private final ObjectProvider<PersonFinder> personFinder;
  private final TransactionTemplate writing;
  private final TransactionTemplate reading;

  AccessLog(
      JdbcClient jdbc,
      DataSource dataSource,
      AuditLog auditLog,
      ObjectProvider<PersonFinder> personFinder,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(DOWNLOAD_FETCH_SIZE);
    this.streaming = JdbcClient.create(template);
    this.auditLog = auditLog;
    this.personFinder = personFinder;
    this.writing = new TransactionTemplate(transactions);
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
  }

  /**
   * One page of the entries the query matches, newest first, and logs the read.
   *
   * @param page from 1; less is the first page, more than there are is the last
   * @param size entries per page, from 1 to {@value #MAX_PAGE_SIZE}
   */
  @PreAuthorize(READERS)
  @Transactional
  public AccessLogPage page(AccessLogQuery query, int page, int size) {
    int perPage = Math.clamp(size, 1, MAX_PAGE_SIZE);
    var people = people(query);
    var where = where(query, people);
    long total =
        where == null
            ? 0
            : jdbc.sql("select count(*) from audit_event where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + perPage - 1) / perPage));
    int shown = Math.clamp(page, 1, pages);
    List<AuditEntry> entries =
        total == 0
            ? List.of()
            : jdbc.sql(
                    "select * from audit_event where "
                        + where.sql()
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", perPage)
                .param("offset", (long) (shown - 1) * perPage)
                .query(AuditLog::entry)
                .list();
    auditLog.recordAbout(
        AuditAction.READ,
        RECORD_TYPE,
        null,
        people == null ? List.of() : people,
        "page " + shown + " of " + pages + "; " + query.describe());
    return new AccessLogPage(
        entries, shown, pages, total, perPage, people == null ? -1 : people.size());
  }

  /**
   * Every entry the query matches, newest first, handed to {@code each} one at a time as they are
   * read (nothing is held in memory). The download is logged first, in a transaction of its own, so
   * that it is on record even if the download then breaks off.
   */
  @PreAuthorize(READERS)
  public void export(AccessLogQuery query, Consumer<AuditEntry> each) {
    var people =
        writing.execute(
            status -> {
              var found = people(query);
              auditLog.recordAbout(
                  AuditAction.READ,
                  RECORD_TYPE,
                  null,
                  found == null ? List.of() : found,
                  "download; " + query.describe());
              return found == null ? null : List.copyOf(found);
            });
    var where = where(query, people == null ? null : new LinkedHashSet<>(people));
    if (where == null) {
      return;
    }
    reading.executeWithoutResult(
        status ->
            streaming
                .sql(
                    "select * from audit_event where "
                        + where.sql()
                        + " order by occurred_at desc, id desc")
                .params(where.params())
                .query(
                    (org.springframework.jdbc.core.RowCallbackHandler)
                        row -> each.accept(AuditLog.entry(row, row.getRow()))));
  }

  /** The kinds of record the log has entries about, in alphabetical order. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<String> recordTypes() {
    // One index probe per type (audit_event_record_idx), not a scan of the whole log.
    return jdbc.sql(
            """
            with recursive types(type) as (
              (select record_type from audit_event order by record_type limit 1)
              union all
              select (select record_type from audit_event where record_type > types.type
                      order by record_type limit 1)
              from types where types.type is not null)
            select type from types where type is not null
            """)
        .query(String.class)
        .list();
  }

  /**
   * The people the query's person parts find together (the ones every given part finds), or null
   * when it has none.
   */
  private Set<UUID> people(AccessLogQuery query) {
    if (!query.byPerson()) {
      return null;
    }
    var finder = personFinder.getIfAvailable();
    Set<UUID> found = null;
    if (query.personId() != null) {
      found = new LinkedHashSet<>(List.of(query.personId()));
    }
    if (query.nhsNumber() != null) {
      found = narrow(found, finder == null ? List.of() : finder.idsFor(query.nhsNumber().strip()));
    }
    if (query.familyName() != null) {
      found =
          narrow(
              found,
              finder == null || query.bornOn() == null
                  ? List.of()
                  : finder.idsFor(query.givenName(), query.familyName(), query.bornOn()));
    }
    return found;
  }

  private static Set<UUID> narrow(Set<UUID> found, List<UUID> more) {
    if (found == null) {
      return new LinkedHashSet<>(more);
    }
    found.retainAll(Set.copyOf(more));
    return found;
  }

  private record Where(String sql, Map<String, Object> params) {}

  /** The conditions of the query, or null when it can match nothing (nobody found). */
  private static Where where(AccessLogQuery query, Set<UUID> people) {
    var conditions = new ArrayList<String>();
    var params = new HashMap<String, Object>();
    conditions.add("true");
    if (people != null) {
      if (people.isEmpty()) {
        return null;
      }
      conditions.add("person_ids && cast(:people as uuid[])");
      params.put("people", people.toArray(UUID[]::new));
    }
    if (query.actor() != null) {
      conditions.add("lower(actor) = lower(:actor)");
      params.put("actor", query.actor().strip());
    }
    if (query.action() != null) {
      conditions.add("action = :action");
      params.put("action", query.action().name());
    }
    if (query.recordType() != null) {
      conditions.add("record_type = :recordType");
      params.put("recordType", query.recordType().strip());
    }
    if (query.from() != null) {
      conditions.add("occurred_at >= :from");
      params.put("from", Timestamp.from(query.fromInstant()));
    }
    if (query.to() != null) {
      conditions.add("occurred_at < :until");
      params.put("until", Timestamp.from(query.untilInstant()));
    }
    if (query.breakGlassOnly()) {
      conditions.add("(action = 'BREAK_GLASS' or reason is not null)");
    }
    return new Where(String.join(" and ", conditions), params);
  }
}
