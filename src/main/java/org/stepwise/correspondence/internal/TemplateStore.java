package org.stepwise.correspondence.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.correspondence.Audience;

/**
 * Letter templates and their versions. Versions are only ever added, so a letter that names a
 * version can always be rendered again exactly as it was sent.
 */
@Component
public class TemplateStore {

  /** One version of a template. */
  public record Version(
      UUID id,
      UUID templateId,
      String key,
      String name,
      Audience audience,
      String description,
      int number,
      String subject,
      String body) {}

  private static final String SELECT =
      """
      select v.id, t.id as template_id, t.key, t.name, t.audience, t.description, v.number,
             v.subject, v.body
      from letter_template t join letter_template_version v on v.letter_template_id = t.id
      """;

  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  TemplateStore(JdbcClient jdbc, java.time.Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** The latest version of every template, by name. */
  public List<Version> currentVersions() {
    return jdbc.sql(
            SELECT
                + " where v.number = (select max(number) from letter_template_version"
                + " where letter_template_id = t.id) order by t.name")
        .query(TemplateStore::version)
        .list();
  }

  public Optional<Version> current(String key) {
    return jdbc.sql(SELECT + " where t.key = :key order by v.number desc limit 1")
        .param("key", key)
        .query(TemplateStore::version)
        .optional();
  }

  public Optional<Version> version(UUID id) {
    return jdbc.sql(SELECT + " where v.id = :id")
        .param("id", id)
        .query(TemplateStore::version)
        .optional();
  }

  /** Every version of a template, newest first. */
  public List<Version> history(String key) {
    return jdbc.sql(SELECT + " where t.key = :key order by v.number desc")
        .param("key", key)
        .query(TemplateStore::version)
        .list();
  }

  /** Adds a version; the template's earlier versions stay as they were. */
  public Version addVersion(String key, String subject, String body, String by) {
    var current = current(key).orElseThrow(() -> new IllegalArgumentException("No such template"));
    int number = current.number() + 1;
    jdbc.sql(
            """
            insert into letter_template_version
              (letter_template_id, position, number, subject, body, created_at, created_by)
            values (:template, :position, :number, :subject, :body, :now, :by)
            """)
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .param("template", current.templateId())
        .param("position", number - 1)
        .param("number", number)
        .param("subject", subject)
        .param("body", body)
        .param("by", by)
        .update();
    jdbc.sql(
            "update letter_template set updated_at = :now, updated_by = :by, version = version + 1"
                + " where id = :id")
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .param("by", by)
        .param("id", current.templateId())
        .update();
    return current(key).orElseThrow();
  }

  private static Version version(java.sql.ResultSet row, int n) throws java.sql.SQLException {
    return new Version(
        row.getObject("id", UUID.class),
        row.getObject("template_id", UUID.class),
        row.getString("key"),
        row.getString("name"),
        Audience.valueOf(row.getString("audience")),
        row.getString("description"),
        row.getInt("number"),
        row.getString("subject"),
        row.getString("body"));
  }
}
