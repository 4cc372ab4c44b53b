package org.stepwise.triage.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The waiting list, done in the database so that it stays fast however many wait: one page of rows
 * at a time, and the statistics (median, 90th percentile, over target) per service and step.
 */
@Component
public class WaitingQueries {

  /** One service and step's waiting figures, in days. */
  public record Group(UUID programme, int step, int waiting, double medianDays, long p90Days) {}

  /**
   * The services whose people a user's lists show (never empty: it holds a nil id when the user's
   * teams run none), and whether records naming no service are shown too.
   */
  public record Listed(java.util.Collection<UUID> services, boolean unnamed) {}

  private static final String LISTED =
      " and (programme_id in (:services) or (programme_id is null and :unnamed))";

  private final JdbcClient jdbc;
  private final TriageRepository triage;

  WaitingQueries(JdbcClient jdbc, TriageRepository triage) {
    this.jdbc = jdbc;
    this.triage = triage;
  }

  /**
   * One page of people waiting.
   *
   * @param programme or null for every service
   * @param step or null for every step
   * @param sort "wait", "service" or "step" (names are sorted by the caller within the page)
   */
  public List<TriageRecord> page(
      Listed listed, UUID programme, Integer step, String sort, int offset, int size) {
    String order =
        switch (sort == null ? "wait" : sort) {
          case "service" -> "programme_id, waiting_since";
          case "step" -> "step, waiting_since";
          default -> "waiting_since";
        };
    var ids =
        jdbc.sql(
                "select id from triage where status = 'WAITING'"
                    + LISTED
                    + " and (cast(:programme as uuid) is null or programme_id = :programme)"
                    + " and (cast(:step as integer) is null or step = :step)"
                    + " order by "
                    + order
                    + " limit :size offset :offset")
            .param("programme", programme)
            .param("services", listed.services())
            .param("unnamed", listed.unnamed())
            .param("step", step)
            .param("size", size)
            .param("offset", offset)
            .query(UUID.class)
            .list();
    var byId = new java.util.HashMap<UUID, TriageRecord>();
    triage.findAllById(ids).forEach(r -> byId.put(r.id().id(), r));
    return ids.stream().map(byId::get).toList();
  }

  public long count(Listed listed, UUID programme, Integer step) {
    return jdbc.sql(
            "select count(*) from triage where status = 'WAITING'"
                + LISTED
                + " and (cast(:programme as uuid) is null or programme_id = :programme)"
                + " and (cast(:step as integer) is null or step = :step)")
        .param("programme", programme)
        .param("services", listed.services())
        .param("unnamed", listed.unnamed())
        .param("step", step)
        .query(Long.class)
        .single();
  }

  /** Median (interpolated) and 90th percentile (nearest rank) of waits, per service and step. */
  public List<Group> groups(Listed listed, Instant now) {
    return jdbc.sql(
            """
            select programme_id, step, count(*) as waiting,
                   percentile_cont(0.5) within group (order by days) as median,
                   percentile_disc(0.9) within group (order by days) as p90
            from (select programme_id, step,
                         floor(extract(epoch from (cast(:now as timestamptz) - waiting_since)) / 86400)::bigint as days
                  from triage where status = 'WAITING'
                    and (programme_id in (:services) or (programme_id is null and :unnamed))) waits
            group by programme_id, step
            """)
        .param("now", Timestamp.from(now))
        .param("services", listed.services())
        .param("unnamed", listed.unnamed())
        .query(
            (row, n) ->
                new Group(
                    row.getObject("programme_id", UUID.class),
                    row.getInt("step"),
                    row.getInt("waiting"),
                    row.getDouble("median"),
                    row.getLong("p90")))
        .list();
  }

  /** How many in one service and step have waited longer than the target. */
  public int overTarget(UUID programme, int step, int targetWeeks, Instant now) {
    return jdbc.sql(
            "select count(*) from triage where status = 'WAITING' and programme_id is not distinct from :programme"
                + " and step = :step and floor(extract(epoch from (cast(:now as timestamptz) - waiting_since)) / 86400) > :days")
        .param("programme", programme)
        .param("step", step)
        .param("now", Timestamp.from(now))
        .param("days", targetWeeks * 7)
        .query(Integer.class)
        .single();
  }
}
